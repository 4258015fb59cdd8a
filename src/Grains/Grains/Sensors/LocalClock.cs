using ResponseCentre.Grains.Abstractions.Sensors;

namespace ResponseCentre.Grains.Sensors;

/// <summary>Local times of day in a time zone, as instants, across midnight and daylight-saving changes.</summary>
public static class LocalClock
{
    /// <summary>Whether <paramref name="at"/> falls in the window, read on the zone's wall clock.</summary>
    public static bool IsWithin(DailyWindow window, DateTimeOffset at, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(window);
        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        return window.From < window.To
            ? local >= window.From && local < window.To
            : local >= window.From || local < window.To;
    }

    /// <summary>
    /// The instant a wall-clock time occurs. A time skipped when clocks go forward is read as
    /// that far past the change (02:30 becomes 03:30); a time that occurs twice when they go back
    /// is its first occurrence.
    /// </summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            // The offset in force before the gap carries the wall time past it.
            return new DateTimeOffset(local, zone.GetUtcOffset(local.AddDays(-1)));
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>
    /// The first instant by which <paramref name="span"/> has passed since <paramref name="from"/>
    /// counting only time inside one occurrence of the window; null when the span is longer than the window.
    /// </summary>
    public static DateTimeOffset? FirstSpanWithin(DailyWindow window, DateTimeOffset from, TimeSpan span, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(window);
        // The occurrence that started the day before may still be running (a window past midnight).
        var day = LocalDate(from, zone).AddDays(-1);
        for (var i = 0; i < 3; i++, day = day.AddDays(1))
        {
            var start = ToInstant(day, window.From, zone);
            var end = ToInstant(window.From < window.To ? day : day.AddDays(1), window.To, zone);
            if (end <= from)
            {
                continue;
            }

            var due = (from > start ? from : start) + span;
            if (due <= end)
            {
                return due;
            }
        }

        return null;
    }

    /// <summary>The first of the daily times strictly after <paramref name="after"/>; null when there are none.</summary>
    public static DateTimeOffset? NextOccurrence(IReadOnlyList<TimeOnly> times, DateTimeOffset after, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(times);
        DateTimeOffset? next = null;
        var day = LocalDate(after, zone).AddDays(-1);
        for (var i = 0; i < 3; i++, day = day.AddDays(1))
        {
            foreach (var time in times)
            {
                var at = ToInstant(day, time, zone);
                if (at > after && (next is null || at < next))
                {
                    next = at;
                }
            }
        }

        return next;
    }

    private static DateOnly LocalDate(DateTimeOffset at, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
}
