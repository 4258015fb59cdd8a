using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Statistics;

namespace ResponseCentre.Dashboard.Kpis;

/// <summary>Turns closed incidents into the KPI report. Pure: the tests feed it incidents directly.</summary>
public static class KpiCalculator
{
    public const string NoTeam = "(no team)";

    public static KpiReport Calculate(IReadOnlyList<ClosedIncident> closed, DateTimeOffset from, DateTimeOffset to, Func<ClosedIncident, TimeZoneInfo> zoneOf)
    {
        double? falseAlarms = closed.Count == 0
            ? null
            : (double)closed.Count(c => c.Status == IncidentStatus.Cancelled || c.Outcome == IncidentOutcome.FalseAlarm) / closed.Count;
        return new KpiReport(
            from, to, closed.Count, falseAlarms,
            Group(closed, c => c.Team?.Value ?? NoTeam),
            Group(closed, c => string.IsNullOrEmpty(c.District) ? "(no district)" : c.District),
            Group(closed, c => TimeZoneInfo.ConvertTime(c.RaisedAt, zoneOf(c)).Hour.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static List<KpiGroup> Group(IReadOnlyList<ClosedIncident> closed, Func<ClosedIncident, string> key) =>
    [
        .. closed.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new KpiGroup(
            g.Key,
            g.Count(),
            Figure(g.Select(c => c.AcceptedAt - c.RaisedAt)),
            Figure(g.Select(c => c.OnSiteAt - c.RaisedAt)),
            Figure(g.Where(c => c.Status == IncidentStatus.Resolved).Select(c => (TimeSpan?)(c.ClosedAt - c.RaisedAt))))),
    ];

    private static KpiFigure Figure(IEnumerable<TimeSpan?> durations)
    {
        var seconds = durations.Where(d => d is not null).Select(d => d!.Value.TotalSeconds).Order().ToArray();
        return seconds.Length == 0 ? new KpiFigure(null, null) : new KpiFigure(Percentile(seconds, 0.5), Percentile(seconds, 0.9));
    }

    /// <summary>Nearest-rank percentile of sorted values: the smallest value with at least <paramref name="p"/> of them at or below it.</summary>
    internal static double Percentile(double[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
