using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Escalation;
using static ResponseCentre.Grains.Tests.Escalation.PolicySamples;

namespace ResponseCentre.Grains.Tests.Escalation;

public sealed class EscalationPolicyValidationTests
{
    [Fact]
    public void Escalation_policy_without_steps_is_refused()
    {
        var errors = TenantPoliciesValidator.Validate(Tenant(escalation: [Policy("standard") with { Steps = [] }]));

        Assert.Equal(["escalation[0].steps is empty"], errors);
    }

    [Theory]
    [InlineData(0, "escalation[0].steps[1].wait must be positive (was 00:00:00)")]
    [InlineData(-5, "escalation[0].steps[1].wait must be positive (was -00:00:05)")]
    [InlineData(3601, "escalation[0].steps[1].wait must be at most 1 hour (was 01:00:01)")]
    public void Step_wait_out_of_range_is_named(int seconds, string expected)
    {
        var policy = Policy("standard") with
        {
            Steps = [new(NotifyTarget.OnDutyResponder, TimeSpan.FromSeconds(30)), new(NotifyTarget.WholeTeam, TimeSpan.FromSeconds(seconds))],
        };

        Assert.Equal([expected], TenantPoliciesValidator.Validate(Tenant(escalation: [policy])));
    }

    [Fact]
    public void Wait_of_exactly_one_hour_is_allowed()
    {
        var policy = Policy("standard") with { Steps = [new(NotifyTarget.Operators, TimeSpan.FromHours(1))] };

        Assert.Empty(TenantPoliciesValidator.Validate(Tenant(escalation: [policy])));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Repeats_out_of_range_are_named(int repeats)
    {
        var errors = TenantPoliciesValidator.Validate(Tenant(escalation: [Policy("a"), Policy("b"), Policy("c") with { Repeats = repeats }]));

        Assert.Equal([$"escalation[2].repeats must be between 0 and 10 (was {repeats})"], errors);
    }

    [Fact]
    public void Escalation_policy_without_a_name_is_refused()
    {
        Assert.Equal(["escalation[0].name is empty"], TenantPoliciesValidator.Validate(Tenant(escalation: [Policy(" ")])));
    }

    [Fact]
    public void Undefined_enum_values_in_an_escalation_policy_are_named()
    {
        var policy = Policy("standard") with
        {
            Kinds = [(IncidentKind)0],
            Priority = (IncidentPriority)9,
            Steps = [new((NotifyTarget)42, TimeSpan.FromMinutes(1))],
        };

        var errors = TenantPoliciesValidator.Validate(Tenant(escalation: [Policy("other"), policy]));

        Assert.Equal(
            ["escalation[1].kinds[0] is not a known kind", "escalation[1].priority is not a known priority", "escalation[1].steps[0].notify is not a known notify target"],
            errors);
    }

    [Fact]
    public void Duplicate_policy_names_are_refused_ignoring_case()
    {
        var errors = TenantPoliciesValidator.Validate(Tenant(escalation: [Policy("Standard"), Policy("falls"), Policy("standard")]));

        Assert.Equal(["escalation[2].name 'standard' is already used by escalation[0]"], errors);
    }
}
