using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Signals;
using ResponseCentre.Grains.Signals;

namespace ResponseCentre.Grains.Tests.Signals;

/// <summary>Seeded histories in UTC, read on <see cref="Now"/>: noon on 7 December, so the last night to have ended is 6 December's.</summary>
internal static class HistorySamples
{
    public static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 12, 7);
    public static readonly DateOnly LastNight = Today.AddDays(-1);

    /// <summary>A history that began <paramref name="daysAgo"/> days before today.</summary>
    public static ActivityHistory TrackedSince(int daysAgo) => new() { Since = Today.AddDays(-daysAgo) };

    /// <summary>Adds an alarm of <paramref name="kind"/> on each of the days, counted back from today.</summary>
    public static ActivityHistory WithAlarms(this ActivityHistory history, IncidentKind kind, params int[] daysAgo)
    {
        foreach (var days in daysAgo)
        {
            history.RecordAlarm(kind, Now.AddDays(-days), Today, TimeZoneInfo.Utc);
        }

        return history;
    }

    /// <summary>Adds observed nights, oldest first, the last being <see cref="LastNight"/>; null leaves a night unobserved.</summary>
    public static ActivityHistory WithNights(this ActivityHistory history, params int?[] activity)
    {
        for (var i = 0; i < activity.Length; i++)
        {
            if (activity[i] is { } count)
            {
                var day = LastNight.AddDays(i + 1 - activity.Length);
                history.Days.Add(DailyActivity.Empty(day) with { NightActivity = count, NightObserved = true });
            }
        }

        return history;
    }

    public static int?[] Repeat(int activity, int nights) => [.. Enumerable.Repeat<int?>(activity, nights)];

    public static IReadOnlyList<RiskFinding> Detect(ActivityHistory history, RiskSignalPolicy? policy = null, DateTimeOffset? now = null) =>
        RiskSignalDetector.Detect(history, policy ?? RiskSignalPolicy.Default, now ?? Now, TimeZoneInfo.Utc);

    public static RiskFinding? Finding(this IReadOnlyList<RiskFinding> findings, RiskSignalKind kind) =>
        findings.SingleOrDefault(f => f.Kind == kind);
}
