namespace ResponseCentre.Grains.Abstractions.Signals;

/// <summary>The figures that triggered a <see cref="RiskSignal"/>, so the team can judge it.</summary>
/// <param name="Current">The figure over the recent window: a count of alarms, or night-time events per night.</param>
/// <param name="Baseline">What it is compared with (the resident's usual), or null for a plain count threshold.</param>
/// <param name="WindowDays">Days (or nights) in the recent window.</param>
/// <param name="BaselineDays">Days (or nights) the baseline was taken over, or null without one.</param>
[GenerateSerializer, Immutable, Alias("rc.RiskFigures")]
public sealed record RiskFigures(
    [property: Id(0)] double Current,
    [property: Id(1)] double? Baseline,
    [property: Id(2)] int WindowDays,
    [property: Id(3)] int? BaselineDays)
{
    /// <summary>How many times the baseline the current figure is; null without a positive baseline.</summary>
    public double? Ratio => Baseline > 0 ? Current / Baseline : null;
}
