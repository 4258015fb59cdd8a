using ResponseCentre.Grains.Abstractions.Signals;

namespace ResponseCentre.Grains.Signals;

/// <summary>Refuses thresholds that cannot work, naming each field; windows and baselines must fit the retained history.</summary>
public static class RiskSignalPolicyValidator
{
    /// <summary>Every problem found; empty when the thresholds are valid.</summary>
    public static IReadOnlyList<string> Validate(RiskSignalPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var errors = new List<string>();
        var days = ActivityHistory.RetainedDays;
        Check(errors, policy.AlarmRateWindowDays is >= 1 && policy.AlarmRateWindowDays + policy.AlarmBaselineMinDays <= days,
            $"alarmRateWindowDays must be at least 1 and, with alarmBaselineMinDays, at most {days}");
        Check(errors, policy.AlarmBaselineMinDays >= 1, "alarmBaselineMinDays must be at least 1");
        Check(errors, policy.AlarmRateFactor >= 1, "alarmRateFactor must be at least 1");
        Check(errors, policy.AlarmRateMinimum >= 1, "alarmRateMinimum must be at least 1");
        Check(errors, policy.NightWindowNights >= 1 && policy.NightWindowNights + policy.NightBaselineMaxNights < days,
            $"nightWindowNights must be at least 1 and, with nightBaselineMaxNights, under {days}");
        Check(errors, policy.NightMinObservedNights is >= 1 && policy.NightMinObservedNights <= policy.NightWindowNights,
            "nightMinObservedNights must be between 1 and nightWindowNights");
        Check(errors, policy.NightBaselineMinNights is >= 1 && policy.NightBaselineMinNights <= policy.NightBaselineMaxNights,
            "nightBaselineMinNights must be between 1 and nightBaselineMaxNights");
        Check(errors, policy.NightRestlessnessFactor >= 1, "nightRestlessnessFactor must be at least 1");
        Check(errors, policy.NightMinIncrease >= 0, "nightMinIncrease must not be negative");
        Check(errors, policy.NightStarts != policy.NightEnds, "nightStarts and nightEnds must differ");
        CheckRepeated(errors, policy.StoveTripsMinimum, policy.StoveTripsWindowDays, "stoveTrips");
        CheckRepeated(errors, policy.FallsMinimum, policy.FallsWindowDays, "falls");
        CheckRepeated(errors, policy.MissedMedicationMinimum, policy.MissedMedicationWindowDays, "missedMedication");
        Check(errors, policy.ClearAfter > TimeSpan.Zero, "clearAfter must be positive");
        return errors;
    }

    private static void CheckRepeated(List<string> errors, int minimum, int windowDays, string name)
    {
        Check(errors, minimum >= 1, $"{name}Minimum must be at least 1");
        Check(errors, windowDays is >= 1 && windowDays <= ActivityHistory.RetainedDays, $"{name}WindowDays must be between 1 and {ActivityHistory.RetainedDays}");
    }

    private static void Check(List<string> errors, bool valid, string error)
    {
        if (!valid)
        {
            errors.Add(error);
        }
    }
}
