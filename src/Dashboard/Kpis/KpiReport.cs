namespace ResponseCentre.Dashboard.Kpis;

/// <summary>
/// Response times of closed incidents over a period, grouped three ways. The false-alarm share
/// counts outcome FalseAlarm and alarms the resident cancelled; it is null when none closed.
/// </summary>
public sealed record KpiReport(
    DateTimeOffset From, DateTimeOffset To, int Closed, double? FalseAlarmShare,
    IReadOnlyList<KpiGroup> ByTeam, IReadOnlyList<KpiGroup> ByDistrict, IReadOnlyList<KpiGroup> ByHour);

/// <summary>One group's response times in seconds from the alarm: to acceptance, to arrival on site, to resolution.</summary>
public sealed record KpiGroup(string Key, int Count, KpiFigure AcceptSeconds, KpiFigure ArriveSeconds, KpiFigure ResolveSeconds);

public sealed record KpiFigure(double? Median, double? P90);
