using System.Globalization;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Sensors;

namespace ResponseCentre.Grains.Sensors;

/// <summary>
/// The sensor rules as a pure function: the rules, what they remember, new readings and the clock
/// in; alarms to raise, what to remember and the next deadline out. Readings move the tracked
/// conditions on and raise the rules that fire on a reading (night exit, vital signs); then each
/// rule whose deadline is at or before <c>now</c> is raised. An alarm's message id is derived from
/// its episode, so evaluating again after a crash raises the same alarm, which the resident
/// recognises as a redelivery rather than a new incident. Deadlines are in
/// <c>SensorRuleEngine.Deadlines.cs</c>.
/// </summary>
public static partial class SensorRuleEngine
{
    /// <summary>The device a missed dose is raised for: no sensor saw it, the schedule did.</summary>
    public static readonly DeviceId MedicationSchedule = new("medication-schedule");

    // On/off metrics are 1 and 0; anything from a half up counts as on.
    private const double On = 0.5;

    /// <summary>
    /// Evaluates the rules. <paramref name="readings"/> are the new readings the resident accepted,
    /// each at its <see cref="LatestReading.MeasuredAt"/>; <paramref name="zone"/> reads the local windows.
    /// </summary>
    public static SensorRuleOutcome Evaluate(
        SensorRuleSet rules, SensorRuleTracking tracking, IReadOnlyList<LatestReading> readings, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(tracking);
        ArgumentNullException.ThrowIfNull(readings);
        var alarms = new List<RaiseAlarm>();
        foreach (var reading in readings.OrderBy(r => r.MeasuredAt))
        {
            tracking = Observe(rules, tracking, reading, now, zone, alarms);
        }

        tracking = CheckDeadlines(rules, tracking, now, zone, alarms);
        return new SensorRuleOutcome(alarms, tracking);
    }

    /// <summary>Remembers a dose taken at <paramref name="at"/>; a time after <paramref name="now"/> counts as now.</summary>
    public static SensorRuleTracking RecordDoseTaken(SensorRuleTracking tracking, DateTimeOffset at, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tracking);
        var taken = at < now ? at : now;
        return tracking.LastDoseTakenAt >= taken ? tracking : tracking with { LastDoseTakenAt = taken };
    }

    private static SensorRuleTracking Observe(
        SensorRuleSet rules, SensorRuleTracking tracking, LatestReading reading, DateTimeOffset now, TimeZoneInfo zone, List<RaiseAlarm> alarms)
    {
        var on = reading.Value >= On;
        var seen = new Sensed(reading.MeasuredAt, reading.Device);
        switch (reading.Metric)
        {
            case SensorMetric.StoveOn when on:
                return tracking.StoveOnSince is null ? tracking with { StoveOnSince = seen, StoveUnattendedRaised = false } : tracking;
            case SensorMetric.StoveOn:
                return tracking with { StoveOnSince = null, StoveUnattendedRaised = false };
            case SensorMetric.Motion when on:
                // Someone moved: the stove is attended again and the resident is active.
                return tracking with
                {
                    LastMotion = seen,
                    MotionSensorSince = tracking.MotionSensorSince ?? seen,
                    StoveUnattendedRaised = false,
                    InactivityRaised = false,
                };
            case SensorMetric.Motion:
                return tracking.MotionSensorSince is null ? tracking with { MotionSensorSince = seen } : tracking;
            case SensorMetric.DoorOpen when on:
                if (tracking.DoorOpenSince is not null)
                {
                    return tracking;
                }

                if (rules.NightExit.Enabled && rules.WanderingRisk && LocalClock.IsWithin(rules.Night, seen.At, zone))
                {
                    alarms.Add(Alarm(IncidentKind.NightExit, $"night-exit:{Ticks(seen.At)}", seen.Device, seen.At, now));
                }

                return tracking with { DoorOpenSince = seen };
            case SensorMetric.DoorOpen:
                return tracking with { DoorOpenSince = null };
            case SensorMetric.BedOccupied when on:
                return tracking with { InBed = true, LeftBedAtNight = null, BedNotReturnedRaised = false };
            case SensorMetric.BedOccupied when tracking.InBed == true:
                var atNight = LocalClock.IsWithin(rules.Night, seen.At, zone);
                return tracking with { InBed = false, LeftBedAtNight = atNight ? seen : null, BedNotReturnedRaised = false };
            case SensorMetric.BedOccupied:
                return tracking with { InBed = false };
            default:
                return ObserveVitalSign(rules.VitalSigns, tracking, reading, now, alarms);
        }
    }

    private static SensorRuleTracking ObserveVitalSign(
        VitalSignRule rule, SensorRuleTracking tracking, LatestReading reading, DateTimeOffset now, List<RaiseAlarm> alarms)
    {
        var range = rule.Ranges.FirstOrDefault(r => r.Metric == reading.Metric);
        var outside = range is not null && (reading.Value < range.Minimum || reading.Value > range.Maximum);
        var raised = tracking.VitalSignsOutOfRange.Contains(reading.Metric);
        if (outside && !raised && rule.Enabled)
        {
            alarms.Add(Alarm(IncidentKind.VitalSignOutOfRange, $"vital-sign:{reading.Metric}:{Ticks(reading.MeasuredAt)}", reading.Device, reading.MeasuredAt, now));
            return tracking with { VitalSignsOutOfRange = [.. tracking.VitalSignsOutOfRange, reading.Metric] };
        }

        return !outside && raised
            ? tracking with { VitalSignsOutOfRange = [.. tracking.VitalSignsOutOfRange.Where(m => m != reading.Metric)] }
            : tracking;
    }

    private static RaiseAlarm Alarm(IncidentKind kind, string episode, DeviceId device, DateTimeOffset at, DateTimeOffset now) =>
        new(device, "rule:" + episode, kind, at, now);

    private static string Ticks(DateTimeOffset at) => at.UtcTicks.ToString(CultureInfo.InvariantCulture);
}
