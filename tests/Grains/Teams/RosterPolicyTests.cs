using System.Globalization;
using ResponseCentre.Grains.Abstractions.Teams;
using ResponseCentre.Grains.Teams;
using static ResponseCentre.Grains.Tests.Teams.SampleTeam;

namespace ResponseCentre.Grains.Tests.Teams;

public sealed class RosterPolicyTests
{
    private static readonly TimeOnly Eight = new(8, 0);
    private static readonly TimeOnly Four = new(16, 0);
    private static readonly TimeOnly TenAtNight = new(22, 0);
    private static readonly TimeOnly Seven = new(7, 0);

    // 2026-01-05 is a Monday; Oslo is at +01:00 in winter.
    private static DateTimeOffset Oslo(string localTime) => DateTimeOffset.Parse(localTime + "+01:00", CultureInfo.InvariantCulture);

    private static DateTimeOffset Utc(string time) => DateTimeOffset.Parse(time + "Z", CultureInfo.InvariantCulture);

    [Fact]
    public void Day_shift_covers_its_hours_and_ends_exclusively()
    {
        var roster = Roster(Shift(Day, Eight, Four, DayOfWeek.Monday));

        Assert.Equal([Day], RosterPolicy.OnDutyAt(roster, Oslo("2026-01-05T08:00")));
        Assert.Equal([Day], RosterPolicy.OnDutyAt(roster, Oslo("2026-01-05T15:59")));
        Assert.Empty(RosterPolicy.OnDutyAt(roster, Oslo("2026-01-05T07:59")));
        Assert.Empty(RosterPolicy.OnDutyAt(roster, Oslo("2026-01-05T16:00")));
    }

    [Fact]
    public void Night_shift_covers_the_early_hours_of_the_next_day()
    {
        var roster = Roster(Shift(Night, TenAtNight, Seven, DayOfWeek.Monday));

        Assert.Equal([Night], RosterPolicy.OnDutyAt(roster, Oslo("2026-01-05T23:00")));
        Assert.Equal([Night], RosterPolicy.OnDutyAt(roster, Oslo("2026-01-06T03:00")));
        Assert.Empty(RosterPolicy.OnDutyAt(roster, Oslo("2026-01-06T07:00")));
        Assert.Empty(RosterPolicy.OnDutyAt(roster, Oslo("2026-01-05T03:00")));
    }

    [Fact]
    public void Shift_ending_when_it_starts_lasts_a_whole_day()
    {
        var roster = Roster(Shift(Lead, Eight, Eight, DayOfWeek.Saturday));

        Assert.Equal([Lead], RosterPolicy.OnDutyAt(roster, Oslo("2026-01-10T08:00")));
        Assert.Equal([Lead], RosterPolicy.OnDutyAt(roster, Oslo("2026-01-11T07:59")));
        Assert.Empty(RosterPolicy.OnDutyAt(roster, Oslo("2026-01-11T08:00")));
    }

    [Fact]
    public void Weekday_shift_leaves_the_weekend_uncovered()
    {
        var roster = Roster(Weekdays(Day, Eight, Four));

        Assert.Equal([Day], RosterPolicy.OnDutyAt(roster, Oslo("2026-01-09T10:00")));
        Assert.Empty(RosterPolicy.OnDutyAt(roster, Oslo("2026-01-10T10:00")));
        Assert.Empty(RosterPolicy.OnDutyAt(roster, Oslo("2026-01-11T10:00")));
    }

    [Fact]
    public void Absence_removes_a_person_from_their_shift_for_its_period_only()
    {
        var sick = new RosterOverride(Day, Oslo("2026-01-05T00:00"), Oslo("2026-01-06T00:00"), OnDuty: false);
        var roster = Roster(Weekdays(Day, Eight, Four)) with { Overrides = [sick] };

        Assert.Empty(RosterPolicy.OnDutyAt(roster, Oslo("2026-01-05T10:00")));
        Assert.Equal([Day], RosterPolicy.OnDutyAt(roster, Oslo("2026-01-06T10:00")));
    }

    [Fact]
    public void Extra_shift_adds_a_person_outside_their_shifts()
    {
        var extra = new RosterOverride(Lead, Oslo("2026-01-10T12:00"), Oslo("2026-01-10T18:00"), OnDuty: true);
        var roster = Roster(Weekdays(Day, Eight, Four)) with { Overrides = [extra] };

        Assert.Equal([Lead], RosterPolicy.OnDutyAt(roster, Oslo("2026-01-10T12:00")));
        Assert.Empty(RosterPolicy.OnDutyAt(roster, Oslo("2026-01-10T18:00")));
    }

    [Fact]
    public void Absence_wins_over_an_extra_shift_at_the_same_time()
    {
        var extra = new RosterOverride(Lead, Oslo("2026-01-10T12:00"), Oslo("2026-01-10T18:00"), OnDuty: true);
        var sick = new RosterOverride(Lead, Oslo("2026-01-10T00:00"), Oslo("2026-01-11T00:00"), OnDuty: false);
        var roster = Roster() with { Overrides = [extra, sick] };

        Assert.Empty(RosterPolicy.OnDutyAt(roster, Oslo("2026-01-10T13:00")));
    }

    [Fact]
    public void People_on_duty_are_listed_by_first_appearance_in_shifts_then_overrides()
    {
        var extra = new RosterOverride(Lead, Oslo("2026-01-05T09:00"), Oslo("2026-01-05T11:00"), OnDuty: true);
        var roster = Roster(EveryDay(Night, Eight, Four), Weekdays(Day, Eight, Four), Weekdays(Night, Seven, Four)) with { Overrides = [extra] };

        Assert.Equal([Night, Day, Lead], RosterPolicy.OnDutyAt(roster, Oslo("2026-01-05T10:00")));
    }

    [Fact]
    public void Night_shift_keeps_local_hours_when_clocks_go_forward()
    {
        // Oslo moves from +01:00 to +02:00 at 02:00 local on Sunday 2026-03-29: that night is an hour shorter.
        var roster = Roster(Shift(Night, TenAtNight, Seven, DayOfWeek.Saturday));

        Assert.Equal([Night], RosterPolicy.OnDutyAt(roster, Utc("2026-03-29T04:59")));
        Assert.Empty(RosterPolicy.OnDutyAt(roster, Utc("2026-03-29T05:00")));
    }

    [Fact]
    public void Night_shift_keeps_local_hours_when_clocks_go_back()
    {
        // Oslo moves from +02:00 to +01:00 at 03:00 local on Sunday 2026-10-25: that night is an hour longer.
        var roster = Roster(Shift(Night, TenAtNight, Seven, DayOfWeek.Saturday));

        Assert.Empty(RosterPolicy.OnDutyAt(roster, Utc("2026-10-24T19:59")));
        Assert.Equal([Night], RosterPolicy.OnDutyAt(roster, Utc("2026-10-24T20:00")));
        Assert.Equal([Night], RosterPolicy.OnDutyAt(roster, Utc("2026-10-25T05:59")));
        Assert.Empty(RosterPolicy.OnDutyAt(roster, Utc("2026-10-25T06:00")));
    }

    [Fact]
    public void Moment_is_read_in_the_roster_s_time_zone_whatever_its_offset()
    {
        var roster = Roster(Shift(Day, new TimeOnly(9, 0), new TimeOnly(17, 0), DayOfWeek.Monday)) with { TimeZone = "America/New_York" };
        var tenInNewYork = Utc("2026-01-05T15:00");

        Assert.Equal([Day], RosterPolicy.OnDutyAt(roster, tenInNewYork));
        Assert.Equal([Day], RosterPolicy.OnDutyAt(roster, tenInNewYork.ToOffset(TimeSpan.FromHours(9))));
        Assert.Empty(RosterPolicy.OnDutyAt(roster, Oslo("2026-01-05T10:00")));
    }
}
