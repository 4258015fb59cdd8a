using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.Grains.Sensors;

namespace ResponseCentre.Grains.Tests.Sensors;

/// <summary>Readings from one home's devices and a way to evaluate the rules on them, in UTC unless a zone is given.</summary>
internal static class RuleSamples
{
    public static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    public static readonly DeviceId Stove = new("stove-1");
    public static readonly DeviceId Pir = new("pir-1");
    public static readonly DeviceId Door = new("door-1");
    public static readonly DeviceId Bed = new("bed-1");
    public static readonly DeviceId VitalsMonitor = new("vitals-1");

    /// <summary>Monday 23 November 2026, midnight UTC.</summary>
    public static readonly DateTimeOffset Day = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset At(int hour, int minute = 0, int dayOffset = 0) => Day.AddDays(dayOffset).AddHours(hour).AddMinutes(minute);

    public static LatestReading Reading(SensorMetric metric, double value, DateTimeOffset at) => new(metric, value, at, DeviceFor(metric));

    public static SensorRuleOutcome Evaluate(
        SensorRuleSet rules, SensorRuleTracking tracking, DateTimeOffset now, params LatestReading[] readings) =>
        SensorRuleEngine.Evaluate(rules, tracking, readings, now, TimeZoneInfo.Utc);

    public static SensorRuleOutcome Evaluate(SensorRuleTracking tracking, DateTimeOffset now, params LatestReading[] readings) =>
        Evaluate(SensorRuleSet.Default, tracking, now, readings);

    private static DeviceId DeviceFor(SensorMetric metric) => metric switch
    {
        SensorMetric.StoveOn => Stove,
        SensorMetric.Motion => Pir,
        SensorMetric.DoorOpen => Door,
        SensorMetric.BedOccupied => Bed,
        _ => VitalsMonitor,
    };
}
