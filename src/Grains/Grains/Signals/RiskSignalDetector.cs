using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Signals;

namespace ResponseCentre.Grains.Signals;

/// <summary>
/// The early-warning conditions as a pure function: the history, the thresholds and the clock in,
/// the conditions met now out. Whether that raises, keeps or clears a signal is
/// <see cref="RiskSignalLifecycle"/>'s business.
/// </summary>
public static class RiskSignalDetector
{
    // Figures are means of whole counts; a threshold met exactly must not be missed by rounding.
    private const double Tolerance = 1e-9;

    public static IReadOnlyList<RiskFinding> Detect(ActivityHistory history, RiskSignalPolicy policy, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(policy);
        var today = NightClock.LocalDate(now, zone);
        var lastNight = NightClock.LastEndedNight(now, zone, policy.NightStarts, policy.NightEnds);
        RiskFinding?[] findings =
        [
            AlarmRate(history, policy, today),
            NightRestlessness(history, policy, lastNight),
            Repeated(history, today, IncidentKind.StoveGuard, policy.StoveTripsMinimum, policy.StoveTripsWindowDays, RiskSignalKind.RepeatedStoveTrips),
            Repeated(history, today, IncidentKind.Fall, policy.FallsMinimum, policy.FallsWindowDays, RiskSignalKind.RepeatedFalls),
            Repeated(history, today, IncidentKind.MedicationMissed, policy.MissedMedicationMinimum, policy.MissedMedicationWindowDays, RiskSignalKind.MissedMedication),
        ];
        return [.. findings.OfType<RiskFinding>()];
    }

    private static RiskFinding? AlarmRate(ActivityHistory history, RiskSignalPolicy policy, DateOnly today)
    {
        var windowStart = today.AddDays(1 - policy.AlarmRateWindowDays);
        var firstKnown = history.Since is { } since && since > ActivityHistory.FirstRetained(today) ? since : ActivityHistory.FirstRetained(today);
        var baselineDays = windowStart.DayNumber - firstKnown.DayNumber;
        if (baselineDays < policy.AlarmBaselineMinDays)
        {
            return null;
        }

        var current = Sum(history, windowStart, today, d => d.TotalAlarms);
        var usual = (double)Sum(history, firstKnown, windowStart.AddDays(-1), d => d.TotalAlarms) * policy.AlarmRateWindowDays / baselineDays;
        if (current < policy.AlarmRateMinimum || current < (policy.AlarmRateFactor * usual) - Tolerance)
        {
            return null;
        }

        var figures = new RiskFigures(current, usual, policy.AlarmRateWindowDays, baselineDays);
        return new RiskFinding(RiskSignalKind.AlarmRate, figures, RiskSentences.AlarmRate(figures));
    }

    private static RiskFinding? NightRestlessness(ActivityHistory history, RiskSignalPolicy policy, DateOnly lastNight)
    {
        var windowStart = lastNight.AddDays(1 - policy.NightWindowNights);
        var recent = ObservedNights(history, windowStart, lastNight);
        var before = ObservedNights(history, windowStart.AddDays(-policy.NightBaselineMaxNights), windowStart.AddDays(-1));
        if (recent.Count < policy.NightMinObservedNights || before.Count < policy.NightBaselineMinNights)
        {
            return null;
        }

        var current = recent.Average();
        var usual = before.Average();
        if (current < (policy.NightRestlessnessFactor * usual) - Tolerance || current - usual < policy.NightMinIncrease - Tolerance)
        {
            return null;
        }

        var figures = new RiskFigures(current, usual, policy.NightWindowNights, before.Count);
        return new RiskFinding(RiskSignalKind.NightRestlessness, figures, RiskSentences.NightRestlessness(figures));
    }

    private static RiskFinding? Repeated(ActivityHistory history, DateOnly today, IncidentKind alarm, int minimum, int windowDays, RiskSignalKind kind)
    {
        var count = Sum(history, today.AddDays(1 - windowDays), today, d => d.AlarmsOf(alarm));
        if (count < minimum)
        {
            return null;
        }

        var figures = new RiskFigures(count, Baseline: null, windowDays, BaselineDays: null);
        return new RiskFinding(kind, figures, RiskSentences.Repeated(kind, figures));
    }

    private static int Sum(ActivityHistory history, DateOnly from, DateOnly to, Func<DailyActivity, int> count) =>
        history.Days.Where(d => d.Day >= from && d.Day <= to).Sum(count);

    private static List<int> ObservedNights(ActivityHistory history, DateOnly from, DateOnly to) =>
        [.. history.Days.Where(d => d.NightObserved && d.Day >= from && d.Day <= to).Select(d => d.NightActivity)];
}
