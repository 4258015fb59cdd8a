using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.Grains.Sensors;

namespace ResponseCentre.Grains.Residents;

[GenerateSerializer, Alias("rc.ResidentState")]
public sealed class ResidentState
{
    [Id(0)] public ResidentProfile? Profile { get; set; }

    /// <summary>The most recent device messages, oldest first, capped at <see cref="ResidentGrain.RememberedMessages"/>.</summary>
    [Id(1)] public List<ReceivedMessage> ReceivedMessages { get; set; } = [];

    /// <summary>Incidents open when last seen, oldest first, capped at <see cref="ResidentGrain.RememberedMessages"/>.</summary>
    [Id(2)] public List<OpenIncidentRef> OpenIncidents { get; set; } = [];

    /// <summary>The latest value of each metric, by metric.</summary>
    // Most residents are quiet most of the time: their collections are made on first use, which
    // keeps an idle resident's activation small (the benchmark's grains-per-GB figure).
    [Id(3)] public Dictionary<SensorMetric, LatestReading>? LatestReadingsStored { get; set; }

    public Dictionary<SensorMetric, LatestReading> LatestReadings => LatestReadingsStored ??= [];

    /// <summary>The resident's sensor rules; null until set, when <see cref="SensorRuleSet.Default"/> applies.</summary>
    [Id(4)] public SensorRuleSet? SensorRules { get; set; }

    /// <summary>What the sensor rules remember between readings, including their next deadline.</summary>
    [Id(5)] public SensorRuleTracking RuleTracking { get; set; } = SensorRuleTracking.Empty;

    [Id(6)] public List<DeviceId>? DevicesStored { get; set; }

    public List<DeviceId> Devices => DevicesStored ??= [];
}
