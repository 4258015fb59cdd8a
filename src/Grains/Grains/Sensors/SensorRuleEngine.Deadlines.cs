using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Sensors;

namespace ResponseCentre.Grains.Sensors;

/// <summary>The rules that fire when time passes: stove unattended, bed not returned, inactivity, missed doses.</summary>
public static partial class SensorRuleEngine
{
    private static SensorRuleTracking CheckDeadlines(
        SensorRuleSet rules, SensorRuleTracking tracking, DateTimeOffset now, TimeZoneInfo zone, List<RaiseAlarm> alarms)
    {
        DateTimeOffset? next = null;
        if (Fires(StoveUnattended(rules.StoveUnattended, tracking), now, alarms, ref next))
        {
            tracking = tracking with { StoveUnattendedRaised = true };
        }

        if (Fires(BedNotReturned(rules.BedNotReturned, tracking), now, alarms, ref next))
        {
            tracking = tracking with { BedNotReturnedRaised = true };
        }

        if (Fires(Inactivity(rules.Inactivity, tracking, zone), now, alarms, ref next))
        {
            tracking = tracking with { InactivityRaised = true };
        }

        tracking = CheckDoses(rules.Medication, tracking, now, zone, alarms, ref next);
        return tracking with { NextDeadline = next };
    }

    private static Pending? StoveUnattended(StoveUnattendedRule rule, SensorRuleTracking tracking)
    {
        if (!rule.Enabled || tracking.StoveUnattendedRaised || tracking.StoveOnSince is not { } on)
        {
            return null;
        }

        var since = tracking.LastMotion is { } motion && motion.At > on.At ? motion.At : on.At;
        return new Pending(IncidentKind.StoveGuard, $"stove-unattended:{Ticks(since)}", on.Device, since + rule.After);
    }

    private static Pending? BedNotReturned(BedNotReturnedRule rule, SensorRuleTracking tracking) =>
        rule.Enabled && !tracking.BedNotReturnedRaised && tracking.LeftBedAtNight is { } left
            ? new Pending(IncidentKind.BedNotReturned, $"bed-not-returned:{Ticks(left.At)}", left.Device, left.At + rule.After)
            : null;

    private static Pending? Inactivity(InactivityRule rule, SensorRuleTracking tracking, TimeZoneInfo zone) =>
        rule.Enabled && !tracking.InactivityRaised && (tracking.LastMotion ?? tracking.MotionSensorSince) is { } since
            && LocalClock.FirstSpanWithin(rule.Daytime, since.At, rule.After, zone) is { } due
            ? new Pending(IncidentKind.Inactivity, $"inactivity:{Ticks(since.At)}", since.Device, due)
            : null;

    private static SensorRuleTracking CheckDoses(
        MedicationRule rule, SensorRuleTracking tracking, DateTimeOffset now, TimeZoneInfo zone, List<RaiseAlarm> alarms, ref DateTimeOffset? next)
    {
        if (!rule.Enabled || rule.DoseTimes.Count == 0)
        {
            // Re-enabled later, the schedule starts afresh rather than reporting every dose of the pause.
            return tracking with { DosesCheckedUntil = null };
        }

        var checkedUntil = tracking.DosesCheckedUntil ?? now;
        DateTimeOffset? missed = null;
        DateTimeOffset due;
        while ((due = LocalClock.NextOccurrence(rule.DoseTimes, checkedUntil, zone)!.Value) + rule.Grace <= now)
        {
            if (!(tracking.LastDoseTakenAt >= due - rule.Grace))
            {
                missed = due; // after an outage several may be overdue: one alarm, for the latest, says enough
            }

            checkedUntil = due;
        }

        if (missed is { } dose)
        {
            alarms.Add(Alarm(IncidentKind.MedicationMissed, $"medication-missed:{Ticks(dose)}", MedicationSchedule, dose + rule.Grace, now));
        }

        next = Earliest(next, due + rule.Grace);
        return tracking with { DosesCheckedUntil = checkedUntil };
    }

    private static bool Fires(Pending? pending, DateTimeOffset now, List<RaiseAlarm> alarms, ref DateTimeOffset? next)
    {
        if (pending is not { } rule)
        {
            return false;
        }

        if (rule.Due > now)
        {
            next = Earliest(next, rule.Due);
            return false;
        }

        alarms.Add(Alarm(rule.Kind, rule.Episode, rule.Device, rule.Due, now));
        return true;
    }

    private static DateTimeOffset Earliest(DateTimeOffset? a, DateTimeOffset b) => a is { } first && first < b ? first : b;

    /// <summary>A rule waiting for its deadline; <see cref="Episode"/> names the episode for the alarm's message id.</summary>
    private readonly record struct Pending(IncidentKind Kind, string Episode, DeviceId Device, DateTimeOffset Due);
}
