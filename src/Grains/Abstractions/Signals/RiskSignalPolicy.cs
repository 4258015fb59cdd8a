namespace ResponseCentre.Grains.Abstractions.Signals;

/// <summary>
/// When risk signals are raised: data, set per resident, validated when set. A count or a rate
/// reaches its threshold when it is at or above it. Days are local days in the resident's
/// tenant's time zone; a window of N days ends with today, a window of N nights with the last
/// night that has ended.
/// </summary>
[GenerateSerializer, Immutable, Alias("rc.RiskSignalPolicy")]
public sealed record RiskSignalPolicy
{
    /// <summary>The built-in thresholds.</summary>
    public static RiskSignalPolicy Default { get; } = new();

    /// <summary>Alarm rate: days in the recent window (default 7).</summary>
    [Id(0)] public int AlarmRateWindowDays { get; init; } = 7;

    /// <summary>Alarm rate: how many times the resident's usual count for that many days is too many (default 2.0).</summary>
    [Id(1)] public double AlarmRateFactor { get; init; } = 2.0;

    /// <summary>Alarm rate: the fewest alarms in the window that can raise it, whatever the baseline (default 3).</summary>
    [Id(2)] public int AlarmRateMinimum { get; init; } = 3;

    /// <summary>Alarm rate: days of history before the window needed for a baseline (default 14); all retained days before the window are used.</summary>
    [Id(3)] public int AlarmBaselineMinDays { get; init; } = 14;

    /// <summary>Night restlessness: nights in the recent window (default 7).</summary>
    [Id(4)] public int NightWindowNights { get; init; } = 7;

    /// <summary>Night restlessness: nights with readings needed in the recent window (default 5).</summary>
    [Id(5)] public int NightMinObservedNights { get; init; } = 5;

    /// <summary>Night restlessness: nights with readings needed before the window for a baseline (default 7).</summary>
    [Id(6)] public int NightBaselineMinNights { get; init; } = 7;

    /// <summary>Night restlessness: the most nights before the window the baseline is taken over (default 28).</summary>
    [Id(7)] public int NightBaselineMaxNights { get; init; } = 28;

    /// <summary>Night restlessness: how many times the baseline's mean activity per night is too much (default 1.5).</summary>
    [Id(8)] public double NightRestlessnessFactor { get; init; } = 1.5;

    /// <summary>Night restlessness: the least rise in events per night over the baseline that counts (default 5).</summary>
    [Id(9)] public double NightMinIncrease { get; init; } = 5;

    /// <summary>When the night starts, local time (default 23:00).</summary>
    [Id(10)] public TimeOnly NightStarts { get; init; } = new(23, 0);

    /// <summary>When the night ends, local time (default 06:00); before <see cref="NightStarts"/> for a night past midnight.</summary>
    [Id(11)] public TimeOnly NightEnds { get; init; } = new(6, 0);

    /// <summary>Repeated stove trips: this many stove-guard alarms (default 3)...</summary>
    [Id(12)] public int StoveTripsMinimum { get; init; } = 3;

    /// <summary>...within this many days (default 7).</summary>
    [Id(13)] public int StoveTripsWindowDays { get; init; } = 7;

    /// <summary>Repeated falls: this many fall alarms (default 2)...</summary>
    [Id(14)] public int FallsMinimum { get; init; } = 2;

    /// <summary>...within this many days (default 14).</summary>
    [Id(15)] public int FallsWindowDays { get; init; } = 14;

    /// <summary>Missed medication: this many missed doses (default 2)...</summary>
    [Id(16)] public int MissedMedicationMinimum { get; init; } = 2;

    /// <summary>...within this many days (default 7).</summary>
    [Id(17)] public int MissedMedicationWindowDays { get; init; } = 7;

    /// <summary>
    /// How long a signal's condition must stay clear before the signal is dropped and can be raised
    /// again (default 3 days); an acknowledged signal is likewise not raised again until then.
    /// </summary>
    [Id(18)] public TimeSpan ClearAfter { get; init; } = TimeSpan.FromDays(3);
}
