namespace ResponseCentre.Grains.Signals;

/// <summary>Local days and nights in a time zone. A night is named after the date it starts on.</summary>
public static class NightClock
{
    /// <summary>The local date of <paramref name="at"/>.</summary>
    public static DateOnly LocalDate(DateTimeOffset at, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    /// <summary>The night <paramref name="at"/> falls in, or null when it is not night-time.</summary>
    public static DateOnly? NightOf(DateTimeOffset at, TimeZoneInfo zone, TimeOnly starts, TimeOnly ends)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone).DateTime;
        var date = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        if (starts < ends)
        {
            return time >= starts && time < ends ? date : null;
        }

        return time >= starts ? date : time < ends ? date.AddDays(-1) : null;
    }

    /// <summary>The most recent night that has ended by <paramref name="now"/>.</summary>
    public static DateOnly LastEndedNight(DateTimeOffset now, TimeZoneInfo zone, TimeOnly starts, TimeOnly ends)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        var date = DateOnly.FromDateTime(local);
        var lastEndDate = TimeOnly.FromDateTime(local) >= ends ? date : date.AddDays(-1);
        // A night past midnight is named after the day before the one it ends on.
        return starts < ends ? lastEndDate : lastEndDate.AddDays(-1);
    }

    /// <summary>The next instant after <paramref name="now"/> at local time <paramref name="at"/>.</summary>
    public static DateTimeOffset Next(TimeOnly at, DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        var next = local.Date + at.ToTimeSpan();
        if (next <= local)
        {
            next = next.AddDays(1);
        }

        return new DateTimeOffset(next, zone.GetUtcOffset(next));
    }
}
