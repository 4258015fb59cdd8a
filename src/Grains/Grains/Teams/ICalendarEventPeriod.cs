using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace ResponseCentre.Grains.Teams;

/// <summary>
/// The concrete period of an iCalendar event's first occurrence. Floating times (no TZID, no Z) and
/// date-only values are read as wall-clock times in the roster's time zone.
/// </summary>
internal sealed record ICalendarEventPeriod(DateTimeOffset From, DateTimeOffset To, DateOnly WrittenStartDate)
{
    public static ICalendarEventPeriod Of(CalendarEvent calendarEvent, TimeZoneInfo zone, string eventName)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        var start = calendarEvent.DtStart
            ?? throw new ArgumentException($"{eventName} has no readable DTSTART.");
        var end = calendarEvent.DtEnd ?? start.Add(calendarEvent.EffectiveDuration);

        var from = Instant(start, zone);
        var to = Instant(end, zone);
        if (to <= from)
        {
            throw new ArgumentException($"{eventName} ends ({to:O}) before or when it starts ({from:O}).");
        }

        return new ICalendarEventPeriod(from, to, start.Date);
    }

    private static DateTimeOffset Instant(CalDateTime time, TimeZoneInfo zone) =>
        time.IsFloating
            ? new DateTimeOffset(time.Value, zone.GetUtcOffset(time.Value))
            : new DateTimeOffset(time.AsUtc);
}
