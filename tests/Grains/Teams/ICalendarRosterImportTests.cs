using ResponseCentre.Grains.Abstractions.Teams;
using ResponseCentre.Grains.Teams;
using static ResponseCentre.Grains.Tests.Teams.SampleTeam;

namespace ResponseCentre.Grains.Tests.Teams;

public sealed class ICalendarRosterImportTests
{
    private static readonly StaffId[] Known = [Day, Night, Lead];

    private static Roster Import(string events) =>
        ICalendarRosterImport.Import($"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//rota//EN\n{events}\nEND:VCALENDAR\n", "Europe/Oslo", Known);

    [Fact]
    public void Weekly_recurring_event_becomes_a_shift_on_its_days()
    {
        var roster = Import("""
            BEGIN:VEVENT
            UID:shift-1
            SUMMARY: nurse-night 
            DTSTART;TZID=Europe/Oslo:20260105T220000
            DTEND;TZID=Europe/Oslo:20260106T070000
            RRULE:FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20261231T000000Z
            END:VEVENT
            """);

        var shift = Assert.Single(roster.Shifts);
        Assert.Equal(Night, shift.Staff);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Wednesday], shift.Days);
        Assert.Equal((new TimeOnly(22, 0), new TimeOnly(7, 0)), (shift.Start, shift.End));
        Assert.Empty(roster.Overrides);
        Assert.Equal("Europe/Oslo", roster.TimeZone);
    }

    [Fact]
    public void Weekly_event_in_utc_moves_to_the_local_day_it_starts_on()
    {
        var roster = Import("""
            BEGIN:VEVENT
            UID:shift-2
            SUMMARY:nurse-night
            DTSTART:20260105T233000Z
            DTEND:20260106T063000Z
            RRULE:FREQ=WEEKLY;BYDAY=MO
            END:VEVENT
            """);

        var shift = Assert.Single(roster.Shifts);
        Assert.Equal([DayOfWeek.Tuesday], shift.Days);
        Assert.Equal((new TimeOnly(0, 30), new TimeOnly(7, 30)), (shift.Start, shift.End));
    }

    [Fact]
    public void One_off_event_becomes_an_extra_shift()
    {
        var roster = Import("""
            BEGIN:VEVENT
            UID:extra-1
            SUMMARY:lead-1
            DTSTART:20260110T080000
            DTEND:20260110T160000
            END:VEVENT
            """);

        var extra = Assert.Single(roster.Overrides);
        Assert.Equal(new RosterOverride(Lead, At("2026-01-10T08:00+01:00"), At("2026-01-10T16:00+01:00"), OnDuty: true), extra);
        Assert.Empty(roster.Shifts);
    }

    [Fact]
    public void Event_in_the_absence_category_becomes_an_absence()
    {
        var roster = Import("""
            BEGIN:VEVENT
            UID:sick-1
            SUMMARY:nurse-day
            CATEGORIES:Leave,ABSENCE
            DTSTART;VALUE=DATE:20260112
            DTEND;VALUE=DATE:20260114
            END:VEVENT
            """);

        Assert.Equal([new RosterOverride(Day, At("2026-01-12T00:00+01:00"), At("2026-01-14T00:00+01:00"), OnDuty: false)], roster.Overrides);
    }

    [Fact]
    public void Cancelled_event_is_left_out()
    {
        var roster = Import("""
            BEGIN:VEVENT
            UID:cancelled-1
            SUMMARY:nurse-day
            STATUS:CANCELLED
            DTSTART:20260110T080000Z
            DTEND:20260110T160000Z
            END:VEVENT
            """);

        Assert.Empty(roster.Overrides);
    }

    [Fact]
    public void Event_for_unknown_staff_is_refused_naming_the_event()
    {
        var error = Assert.Throws<ArgumentException>(() => Import("""
            BEGIN:VEVENT
            UID:stranger-1
            SUMMARY:nurse-unknown
            DTSTART:20260110T080000Z
            DTEND:20260110T160000Z
            END:VEVENT
            """));

        Assert.Contains("stranger-1", error.Message, StringComparison.Ordinal);
        Assert.Contains("'nurse-unknown'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recurrence_other_than_weekly_or_daily_is_refused_naming_the_event()
    {
        var error = Assert.Throws<ArgumentException>(() => Import("""
            BEGIN:VEVENT
            UID:monthly-1
            SUMMARY:nurse-day
            DTSTART:20260110T080000Z
            DTEND:20260110T160000Z
            RRULE:FREQ=MONTHLY
            END:VEVENT
            """));

        Assert.Contains("monthly-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_calendar_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ICalendarRosterImport.Import("this is not a calendar", "Europe/Oslo", Known));
        Assert.Throws<ArgumentException>(() => ICalendarRosterImport.Import("", "Europe/Oslo", Known));
    }

    [Fact]
    public void Unknown_time_zone_is_refused_naming_the_field()
    {
        var error = Assert.Throws<ArgumentException>(() => ICalendarRosterImport.Import("BEGIN:VCALENDAR\nEND:VCALENDAR\n", "Mars/Olympus", Known));

        Assert.Contains("timeZone 'Mars/Olympus'", error.Message, StringComparison.Ordinal);
    }

    private static DateTimeOffset At(string time) => DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture);
}
