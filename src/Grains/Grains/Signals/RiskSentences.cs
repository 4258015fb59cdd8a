using System.Globalization;
using ResponseCentre.Grains.Abstractions.Signals;

namespace ResponseCentre.Grains.Signals;

/// <summary>A signal's figures in a sentence for the team, e.g. "2 falls in the last 14 days".</summary>
public static class RiskSentences
{
    public static string AlarmRate(RiskFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var recent = Invariant($"{figures.Current:0} alarms over the last {figures.WindowDays} days");
        return figures.Ratio is { } ratio
            ? Invariant($"{recent}, {ratio:0.0}× the usual {figures.Baseline:0.0} per {figures.WindowDays} days (over the previous {figures.BaselineDays} days)")
            : Invariant($"{recent}, with none over the previous {figures.BaselineDays} days");
    }

    public static string NightRestlessness(RiskFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var recent = Invariant($"Night-time activity {figures.Current:0.0}/night over the last {figures.WindowDays} nights");
        return figures.Ratio is { } ratio
            ? Invariant($"{recent}, {ratio:0.0}× the previous {figures.BaselineDays} nights ({figures.Baseline:0.0}/night)")
            : Invariant($"{recent}, up from none over the previous {figures.BaselineDays} nights");
    }

    public static string Repeated(RiskSignalKind kind, RiskFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var what = kind switch
        {
            RiskSignalKind.RepeatedStoveTrips => "stove-guard trips",
            RiskSignalKind.RepeatedFalls => "falls",
            RiskSignalKind.MissedMedication => "missed medication doses",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a repeated-alarm signal"),
        };
        return Invariant($"{figures.Current:0} {what} in the last {figures.WindowDays} days");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
