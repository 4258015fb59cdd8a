using System.Globalization;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Teams;
using ResponseCentre.Grains.Escalation;
using static ResponseCentre.Grains.Tests.Escalation.PolicySamples;

namespace ResponseCentre.Grains.Tests.Escalation;

public sealed class RoutingPolicyTests
{
    private static readonly DateTimeOffset WinterNoonInOslo = new(2026, 1, 15, 11, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Rule_for_the_resident_s_district_wins_over_later_rules()
    {
        var policies = Tenant([Rule(FrognerNight) with { District = "Grünerløkka" }, Rule(FrognerDay) with { District = "frogner" }, Rule(Dementia)]);

        Assert.Equal(FrognerDay, RoutingPolicy.ChooseTeam(policies, Resident(district: "Frogner"), IncidentKind.Fall, WinterNoonInOslo));
    }

    [Theory]
    [InlineData(CareLevel.Basic, "oslo-frogner-day")]
    [InlineData(CareLevel.Intensive, "oslo-dementia")]
    [InlineData(CareLevel.Severe, "oslo-dementia")]
    public void Minimum_care_level_sends_residents_needing_more_care_to_its_team(CareLevel careLevel, string expectedTeam)
    {
        var policies = Tenant([Rule(Dementia) with { MinimumCareLevel = CareLevel.Intensive }, Rule(FrognerDay)]);

        Assert.Equal(new TeamId(expectedTeam), RoutingPolicy.ChooseTeam(policies, Resident(careLevel: careLevel), IncidentKind.AssistanceCall, WinterNoonInOslo));
    }

    [Theory]
    [InlineData(IncidentKind.NightExit, "oslo-dementia")]
    [InlineData(IncidentKind.Fire, "oslo-frogner-day")]
    public void Rule_with_kinds_matches_only_those_kinds(IncidentKind kind, string expectedTeam)
    {
        var policies = Tenant([Rule(Dementia) with { Kinds = [IncidentKind.NightExit, IncidentKind.BedNotReturned] }, Rule(FrognerDay)]);

        Assert.Equal(new TeamId(expectedTeam), RoutingPolicy.ChooseTeam(policies, Resident(), kind, WinterNoonInOslo));
    }

    [Theory]
    [InlineData("2026-01-15T23:30:00Z")] // 00:30 in Oslo, winter time: past midnight
    [InlineData("2026-01-15T21:00:00Z")] // 22:00 in Oslo: the window's first minute
    [InlineData("2026-01-16T05:59:00Z")] // 06:59 in Oslo
    [InlineData("2026-07-15T20:30:00Z")] // 22:30 in Oslo, summer time
    public void Night_window_routes_to_the_night_team_after_midnight(string utc)
    {
        Assert.Equal(FrognerNight, RoutingPolicy.ChooseTeam(DayAndNight(), Resident(), IncidentKind.Fall, DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2026-01-16T06:00:00Z")] // 07:00 in Oslo: the window's end is exclusive
    [InlineData("2026-01-15T20:59:00Z")] // 21:59 in Oslo
    [InlineData("2026-07-15T19:30:00Z")] // 21:30 in Oslo, summer time, though 19:30 UTC is past the window's start in UTC+1
    public void Day_time_routes_to_the_day_team(string utc)
    {
        Assert.Equal(FrognerDay, RoutingPolicy.ChooseTeam(DayAndNight(), Resident(), IncidentKind.Fall, DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Window_that_does_not_cross_midnight_matches_only_inside_it()
    {
        var policies = Tenant([Rule(FrognerDay) with { From = new(8, 0), To = new(16, 0) }]);

        Assert.Equal(FrognerDay, RoutingPolicy.ChooseTeam(policies, Resident(), IncidentKind.Fall, WinterNoonInOslo));
        Assert.Null(RoutingPolicy.ChooseTeam(policies, Resident(), IncidentKind.Fall, WinterNoonInOslo.AddHours(6)));
    }

    [Fact]
    public void Only_assigned_team_rule_is_skipped_for_residents_the_team_does_not_know()
    {
        var policies = Tenant([Rule(Dementia) with { OnlyAssignedTeam = true }, Rule(FrognerDay)]);

        Assert.Equal(Dementia, RoutingPolicy.ChooseTeam(policies, Resident(assignedTeams: [FrognerNight, Dementia]), IncidentKind.NightExit, WinterNoonInOslo));
        Assert.Equal(FrognerDay, RoutingPolicy.ChooseTeam(policies, Resident(assignedTeams: [FrognerNight]), IncidentKind.NightExit, WinterNoonInOslo));
    }

    [Fact]
    public void Without_a_matching_rule_the_resident_s_first_assigned_team_is_chosen()
    {
        var policies = Tenant([Rule(FrognerDay) with { District = "Sagene" }]);

        Assert.Equal(Dementia, RoutingPolicy.ChooseTeam(policies, Resident(assignedTeams: [Dementia, FrognerNight]), IncidentKind.Fall, WinterNoonInOslo));
    }

    [Fact]
    public void Without_policies_the_resident_s_first_assigned_team_is_chosen()
    {
        Assert.Equal(Dementia, RoutingPolicy.ChooseTeam(null, Resident(assignedTeams: [Dementia]), IncidentKind.Fall, WinterNoonInOslo));
    }

    [Fact]
    public void No_team_is_chosen_when_nothing_matches_and_no_team_is_assigned()
    {
        var policies = Tenant([Rule(FrognerDay) with { District = "Sagene" }]);

        Assert.Null(RoutingPolicy.ChooseTeam(policies, Resident(), IncidentKind.Fall, WinterNoonInOslo));
        Assert.Null(RoutingPolicy.ChooseTeam(null, Resident(), IncidentKind.Fall, WinterNoonInOslo));
    }

    private static TenantPolicies DayAndNight() =>
        Tenant([Rule(FrognerNight) with { From = new(22, 0), To = new(7, 0) }, Rule(FrognerDay)]);
}
