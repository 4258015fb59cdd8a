using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Teams;
using ResponseCentre.Grains.Escalation;
using static ResponseCentre.Grains.Tests.Escalation.PolicySamples;

namespace ResponseCentre.Grains.Tests.Escalation;

public sealed class TenantPoliciesValidatorTests
{
    [Fact]
    public void Valid_policies_have_no_errors()
    {
        var policies = Tenant(
            [Rule(FrognerNight) with { Kinds = [IncidentKind.Fall], District = "Frogner", MinimumCareLevel = CareLevel.AtRisk, From = new(22, 0), To = new(7, 0) }],
            [Policy("falls") with { Kinds = [IncidentKind.Fall], Priority = IncidentPriority.LifeThreatening, Repeats = 10 }, Policy("everything else")]);

        Assert.Empty(TenantPoliciesValidator.Validate(policies));
    }

    [Fact]
    public void Empty_tenant_is_refused()
    {
        Assert.Contains("tenant is empty", TenantPoliciesValidator.Validate(Tenant() with { Tenant = new TenantId("") }));
    }

    [Fact]
    public void Unknown_time_zone_is_named()
    {
        var errors = TenantPoliciesValidator.Validate(Tenant() with { TimeZone = "Mars/Base" });

        Assert.Equal(["timeZone 'Mars/Base' is not a known time zone"], errors);
    }

    [Fact]
    public void Routing_rule_without_a_team_names_its_index()
    {
        var errors = TenantPoliciesValidator.Validate(Tenant([Rule(FrognerDay), Rule(new TeamId(""))]));

        Assert.Equal(["routing[1].team is empty"], errors);
    }

    [Fact]
    public void Time_window_with_only_one_end_is_refused()
    {
        var errors = TenantPoliciesValidator.Validate(Tenant([Rule(FrognerDay) with { From = new(8, 0) }]));

        Assert.Equal(["routing[0].from and routing[0].to must both be set or both be empty"], errors);
    }

    [Fact]
    public void Time_window_with_equal_ends_is_refused()
    {
        var errors = TenantPoliciesValidator.Validate(Tenant([Rule(FrognerDay) with { From = new(8, 0), To = new(8, 0) }]));

        Assert.StartsWith("routing[0].from and routing[0].to are equal", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Undefined_enum_values_in_a_routing_rule_are_named()
    {
        var errors = TenantPoliciesValidator.Validate(Tenant([Rule(FrognerDay) with { Kinds = [IncidentKind.Fall, (IncidentKind)99], MinimumCareLevel = (CareLevel)0 }]));

        Assert.Equal(["routing[0].kinds[1] is not a known kind", "routing[0].minimumCareLevel is not a known care level"], errors);
    }

    [Fact]
    public void Blank_district_is_refused()
    {
        var errors = TenantPoliciesValidator.Validate(Tenant([Rule(FrognerDay) with { District = " " }]));

        Assert.StartsWith("routing[0].district is empty", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var policies = new TenantPolicies(new TenantId("oslo"), "Mars/Base", [Rule(new TeamId(""))], [Policy("standard") with { Steps = [], Repeats = 99 }]);

        Assert.Equal(4, TenantPoliciesValidator.Validate(policies).Count);
    }

    [Fact]
    public void Missing_lists_from_a_json_body_are_named_instead_of_crashing()
    {
        var policies = new TenantPolicies(new TenantId("oslo"), "Europe/Oslo", null!, [Policy("standard") with { Kinds = null!, Steps = [null!] }]);

        Assert.Equal(
            ["routing is missing (use an empty list for none)", "escalation[0].kinds is missing (use an empty list for every kind)", "escalation[0].steps[0] is missing"],
            TenantPoliciesValidator.Validate(policies));
    }
}
