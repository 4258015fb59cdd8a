using ResponseCentre.Grains.Abstractions.Sensors;

namespace ResponseCentre.Grains.Sensors;

/// <summary>
/// Checks a resident's sensor rules before they are stored. Each problem names its field the way
/// the JSON body spells it (<c>vitalSigns.ranges[1].minimum</c>), so whoever set it can find it.
/// </summary>
public static class SensorRuleSetValidator
{
    /// <summary>Every problem found; empty when the rules are valid.</summary>
    public static IReadOnlyList<string> Validate(SensorRuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var errors = new List<string>();
        Report(errors, rules.TimeZone is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _),
            $"timeZone '{rules.TimeZone}' is not a known time zone (leave it out for the tenant's)");
        ValidateWindow(rules.Night, "night", errors);

        if (Present(rules.StoveUnattended, "stoveUnattended", errors) is { } stove)
        {
            ValidateDuration(stove.After, "stoveUnattended.after", errors);
        }

        Present(rules.NightExit, "nightExit", errors);
        if (Present(rules.BedNotReturned, "bedNotReturned", errors) is { } bed)
        {
            ValidateDuration(bed.After, "bedNotReturned.after", errors);
        }

        if (Present(rules.Inactivity, "inactivity", errors) is { } inactivity)
        {
            ValidateInactivity(inactivity, errors);
        }

        if (Present(rules.VitalSigns, "vitalSigns", errors) is { } vitals)
        {
            ValidateRanges(vitals.Ranges, errors);
        }

        if (Present(rules.Medication, "medication", errors) is { } medication)
        {
            ValidateMedication(medication, errors);
        }

        return errors;
    }

    private static void ValidateInactivity(InactivityRule rule, List<string> errors)
    {
        ValidateDuration(rule.After, "inactivity.after", errors);
        if (ValidateWindow(rule.Daytime, "inactivity.daytime", errors) is { } daytime)
        {
            // Only time inside one day's window counts, so a longer span could never pass.
            Report(errors, rule.After > daytime.To - daytime.From,
                $"inactivity.after ({rule.After}) is longer than inactivity.daytime ({daytime.To - daytime.From})");
        }
    }

    private static void ValidateRanges(IReadOnlyList<VitalSignRange?>? ranges, List<string> errors)
    {
        if (ranges is null)
        {
            errors.Add("vitalSigns.ranges is missing (use an empty list for none)");
            return;
        }

        var seen = new HashSet<SensorMetric>();
        for (var i = 0; i < ranges.Count; i++)
        {
            var path = $"vitalSigns.ranges[{i}]";
            if (Present(ranges[i], path, errors) is not { } range)
            {
                continue;
            }

            Report(errors, !Enum.IsDefined(range.Metric), $"{path}.metric is not a known metric");
            Report(errors, !seen.Add(range.Metric), $"{path}.metric {range.Metric} already has a range");
            Report(errors, range.Minimum is null && range.Maximum is null, $"{path} needs a minimum, a maximum or both");
            Report(errors, range.Minimum is { } min && !double.IsFinite(min), $"{path}.minimum is not a number");
            Report(errors, range.Maximum is { } max && !double.IsFinite(max), $"{path}.maximum is not a number");
            Report(errors, range.Minimum > range.Maximum, $"{path}.minimum is above its maximum");
        }
    }

    private static void ValidateMedication(MedicationRule rule, List<string> errors)
    {
        ValidateDuration(rule.Grace, "medication.grace", errors);
        if (rule.DoseTimes is null)
        {
            errors.Add("medication.doseTimes is missing (use an empty list for no schedule)");
            return;
        }

        // One dose taken must not fall within the grace of two doses due, or it would count for both.
        var times = rule.DoseTimes.Order().ToList();
        for (var i = 0; i < times.Count; i++)
        {
            var following = times[(i + 1) % times.Count];
            var gap = times.Count == 1 ? TimeSpan.FromDays(1) : following - times[i];
            Report(errors, gap < 2 * rule.Grace,
                $"medication.doseTimes {times[i]:HH\\:mm} and {following:HH\\:mm} are less than twice medication.grace apart");
        }
    }

    private static DailyWindow? ValidateWindow(DailyWindow? window, string path, List<string> errors)
    {
        if (Present(window, path, errors) is not { } present)
        {
            return null;
        }

        // Equal ends would read as a window past midnight covering the whole day: refuse that instead of guessing.
        Report(errors, present.From == present.To, $"{path}.from and {path}.to are equal");
        return present.From == present.To ? null : present;
    }

    private static void ValidateDuration(TimeSpan value, string path, List<string> errors) =>
        Report(errors, value <= TimeSpan.Zero || value >= TimeSpan.FromDays(1), $"{path} must be more than zero and less than a day (was {value})");

    // A JSON body can leave out a part or send null; name that field rather than fail later.
    private static T? Present<T>(T? value, string path, List<string> errors)
        where T : class
    {
        Report(errors, value is null, $"{path} is missing");
        return value;
    }

    private static void Report(List<string> errors, bool failed, string message)
    {
        if (failed)
        {
            errors.Add(message);
        }
    }
}
