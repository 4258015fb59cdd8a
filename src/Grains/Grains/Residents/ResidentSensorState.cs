using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.Grains.Sensors;

namespace ResponseCentre.Grains.Residents;

/// <summary>
/// What every sensor reading changes, stored apart from the rest of the resident: a reading then
/// writes a few hundred bytes instead of the whole resident with its remembered alarm ids.
/// </summary>
[GenerateSerializer, Alias("rc.ResidentSensorState")]
public sealed class ResidentSensorState
{
    /// <summary>The latest value of each metric, by metric.</summary>
    [Id(0)] public Dictionary<SensorMetric, LatestReading> LatestReadings { get; set; } = [];

    /// <summary>What the sensor rules remember between readings, including their next deadline.</summary>
    [Id(1)] public SensorRuleTracking RuleTracking { get; set; } = SensorRuleTracking.Empty;
}
