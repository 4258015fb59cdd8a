using ResponseCentre.Grains.Abstractions.Sensors;

namespace ResponseCentre.Grains.Sensors;

/// <summary>
/// What the sensor rules remember between readings: when each condition started, and whether its
/// alarm was already raised (so it is raised once per episode). Stored with the resident.
/// </summary>
[GenerateSerializer, Immutable, Alias("rc.SensorRuleTracking")]
public sealed record SensorRuleTracking
{
    /// <summary>Nothing seen yet.</summary>
    public static SensorRuleTracking Empty { get; } = new();

    /// <summary>When the stove went on; null while off.</summary>
    [Id(0)] public Sensed? StoveOnSince { get; init; }

    [Id(1)] public bool StoveUnattendedRaised { get; init; }

    /// <summary>The last motion seen; null before any.</summary>
    [Id(2)] public Sensed? LastMotion { get; init; }

    /// <summary>The first report of a motion sensor, motion or not: inactivity counts from it until motion is seen.</summary>
    [Id(12)] public Sensed? MotionSensorSince { get; init; }

    [Id(3)] public bool InactivityRaised { get; init; }

    /// <summary>When a door opened; null while closed or never reported.</summary>
    [Id(4)] public Sensed? DoorOpenSince { get; init; }

    /// <summary>Whether the resident was in bed at the last report; null before any.</summary>
    [Id(5)] public bool? InBed { get; init; }

    /// <summary>When the resident got out of bed at night; null while in bed or when they got up in the day.</summary>
    [Id(6)] public Sensed? LeftBedAtNight { get; init; }

    [Id(7)] public bool BedNotReturnedRaised { get; init; }

    /// <summary>Metrics whose last reading was out of range and already raised.</summary>
    [Id(8)] public IReadOnlyList<SensorMetric> VitalSignsOutOfRange { get; init; } = [];

    /// <summary>Doses due at or before this instant were checked; null until the schedule was first evaluated.</summary>
    [Id(9)] public DateTimeOffset? DosesCheckedUntil { get; init; }

    [Id(10)] public DateTimeOffset? LastDoseTakenAt { get; init; }

    /// <summary>The earliest instant a rule may fire without a new reading; null when none can.</summary>
    [Id(11)] public DateTimeOffset? NextDeadline { get; init; }
}
