using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Teams;
using static ResponseCentre.Grains.Tests.Teams.SampleTeam;

namespace ResponseCentre.Grains.Tests.Teams;

[Collection(TestSilo.Name)]
public sealed class TeamGrainTests(ClusterFixture fixture)
{
    private static readonly TimeOnly Eight = new(8, 0);
    private static readonly TimeOnly Four = new(16, 0);

    [Fact]
    public async Task Defined_team_can_be_read_back()
    {
        var team = Define("t-defined");

        await fixture.Grains.GetTeam(team.Id).DefineAsync(team);

        var stored = await fixture.Grains.GetTeam(team.Id).GetDefinitionAsync();
        Assert.Equal(team.Members, stored?.Members);
        Assert.Equal(team with { Members = [] }, stored! with { Members = [] });
    }

    [Fact]
    public async Task Team_sent_to_another_team_s_grain_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Grains.GetTeam(new TeamId("t-other")).DefineAsync(Define("t-one")));
    }

    [Fact]
    public async Task Team_listing_a_person_twice_is_refused_naming_the_field()
    {
        var team = Define("t-twice");
        team = team with { Members = [.. team.Members, new TeamMember(Day, "Kari again", TeamRole.Lead)] };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => fixture.Grains.GetTeam(team.Id).DefineAsync(team));

        Assert.Contains("members[3].staff 'nurse-day'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roster_naming_someone_outside_the_team_is_refused_naming_the_field()
    {
        var team = Define("t-outsider");
        await fixture.Grains.GetTeam(team.Id).DefineAsync(team);
        var roster = Roster(Weekdays(Day, Eight, Four), Weekdays(new StaffId("stranger"), Eight, Four));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => fixture.Grains.GetTeam(team.Id).SetRosterAsync(roster));

        Assert.Contains("shifts[1].staff 'stranger' is not a member of team 't-outsider'", error.Message, StringComparison.Ordinal);
        Assert.Null(await fixture.Grains.GetTeam(team.Id).GetRosterAsync());
    }

    [Fact]
    public async Task Roster_in_an_unknown_time_zone_or_with_a_backwards_override_is_refused()
    {
        var team = Define("t-bad-roster");
        var grain = fixture.Grains.GetTeam(team.Id);
        await grain.DefineAsync(team);
        var now = new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero);

        var zone = await Assert.ThrowsAsync<ArgumentException>(() => grain.SetRosterAsync(Roster() with { TimeZone = "Europe/Atlantis" }));
        var period = await Assert.ThrowsAsync<ArgumentException>(() => grain.SetRosterAsync(Roster() with { Overrides = [new RosterOverride(Day, now, now, true)] }));
        var days = await Assert.ThrowsAsync<ArgumentException>(() => grain.SetRosterAsync(Roster(Shift(Day, Eight, Four))));

        Assert.Contains("timeZone 'Europe/Atlantis'", zone.Message, StringComparison.Ordinal);
        Assert.Contains("overrides[0].from", period.Message, StringComparison.Ordinal);
        Assert.Contains("shifts[0].days", days.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roster_for_an_undefined_team_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Grains.GetTeam(new TeamId("t-undefined")).SetRosterAsync(Roster()));
    }

    [Fact]
    public async Task On_duty_lists_the_members_working_then_and_every_lead()
    {
        var team = Define("t-on-duty");
        var grain = fixture.Grains.GetTeam(team.Id);
        await grain.DefineAsync(team);
        await grain.SetRosterAsync(Roster(Shift(Night, new TimeOnly(22, 0), new TimeOnly(7, 0), DayOfWeek.Monday), Weekdays(Day, Eight, Four)));

        var night = await grain.GetOnDutyAsync(new DateTimeOffset(2026, 1, 6, 3, 0, 0, TimeSpan.FromHours(1)));
        var day = await grain.GetOnDutyAsync(new DateTimeOffset(2026, 1, 6, 9, 0, 0, TimeSpan.FromHours(1)));

        Assert.Equal(team.Id, night.Team);
        Assert.Equal([Night], night.OnDuty.Select(member => member.Staff));
        Assert.Equal([Day], day.OnDuty.Select(member => member.Staff));
        Assert.Equal([Lead], night.Leads.Select(member => member.Staff));
    }

    [Fact]
    public async Task Unregistered_team_has_nobody_on_duty()
    {
        var view = await fixture.Grains.GetTeam(new TeamId("t-nobody")).GetOnDutyAsync(DateTimeOffset.UnixEpoch);

        Assert.Empty(view.OnDuty);
        Assert.Empty(view.Leads);
    }
}
