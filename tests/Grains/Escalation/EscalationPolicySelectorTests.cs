using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Escalation;
using static ResponseCentre.Grains.Tests.Escalation.PolicySamples;

namespace ResponseCentre.Grains.Tests.Escalation;

public sealed class EscalationPolicySelectorTests
{
    private static readonly TenantPolicies Policies = Tenant(escalation:
    [
        Policy("life-threatening falls") with { Kinds = [IncidentKind.Fall], Priority = IncidentPriority.LifeThreatening },
        Policy("any fall") with { Kinds = [IncidentKind.Fall] },
        Policy("technical") with { Priority = IncidentPriority.Technical },
        Policy("care sensors") with { Kinds = [IncidentKind.NightExit, IncidentKind.Inactivity] },
    ]);

    [Theory]
    [InlineData(IncidentKind.Fall, IncidentPriority.LifeThreatening, "life-threatening falls")]
    [InlineData(IncidentKind.Fall, IncidentPriority.Assistance, "any fall")]
    [InlineData(IncidentKind.WaterLeak, IncidentPriority.Technical, "technical")]
    [InlineData(IncidentKind.Inactivity, IncidentPriority.Technical, "technical")]
    [InlineData(IncidentKind.Inactivity, IncidentPriority.Assistance, "care sensors")]
    public void First_policy_matching_kind_and_priority_is_chosen(IncidentKind kind, IncidentPriority priority, string expected)
    {
        Assert.Equal(expected, EscalationPolicySelector.For(Policies, kind, priority).Name);
    }

    [Fact]
    public void Built_in_default_applies_when_no_policy_matches()
    {
        Assert.Same(EscalationPolicySelector.DefaultPolicy, EscalationPolicySelector.For(Policies, IncidentKind.Fire, IncidentPriority.LifeThreatening));
    }

    [Fact]
    public void Built_in_default_applies_without_policies()
    {
        var policy = EscalationPolicySelector.For(null, IncidentKind.Fire, IncidentPriority.LifeThreatening);

        Assert.Equal("built-in default", policy.Name);
        Assert.Equal(
            [NotifyTarget.OnDutyResponder, NotifyTarget.WholeTeam, NotifyTarget.TeamLead, NotifyTarget.Operators],
            policy.Steps.Select(step => step.Notify));
        Assert.Equal(1, policy.Repeats);
    }

    [Fact]
    public void Built_in_default_passes_validation()
    {
        Assert.Empty(TenantPoliciesValidator.Validate(Tenant(escalation: [EscalationPolicySelector.DefaultPolicy])));
    }

    [Fact]
    public void Step_index_runs_on_through_every_repeat_then_the_policy_is_exhausted()
    {
        var first = new EscalationStep(NotifyTarget.OnDutyResponder, TimeSpan.FromSeconds(30));
        var second = new EscalationStep(NotifyTarget.Operators, TimeSpan.FromSeconds(60));
        var policy = Policy("twice") with { Steps = [first, second], Repeats = 2 };

        Assert.Equal(
            [first, second, first, second, first, second, null],
            Enumerable.Range(0, 7).Select(index => EscalationPolicySelector.StepAt(policy, index)));
    }

    [Fact]
    public void Policy_without_repeats_runs_its_steps_once()
    {
        var policy = Policy("once");

        Assert.Equal(policy.Steps[0], EscalationPolicySelector.StepAt(policy, 0));
        Assert.Null(EscalationPolicySelector.StepAt(policy, 1));
    }
}
