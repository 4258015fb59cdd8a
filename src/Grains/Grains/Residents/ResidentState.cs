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
    // Like the other collections, made on first use: most residents are quiet most of the time, and
    // an idle resident's activation stays small (the benchmark's grains-per-GB figure).
    [Id(1)] public List<ReceivedMessage>? ReceivedMessagesStored { get; set; }

    public List<ReceivedMessage> ReceivedMessages => ReceivedMessagesStored ??= [];

    /// <summary>Incidents open when last seen, oldest first, capped at <see cref="ResidentGrain.RememberedMessages"/>.</summary>
    [Id(2)] public List<OpenIncidentRef>? OpenIncidentsStored { get; set; }

    public List<OpenIncidentRef> OpenIncidents => OpenIncidentsStored ??= [];

    /// <summary>Readings and rule tracking from before they moved to <see cref="ResidentSensorState"/>; moved there on activation.</summary>
    [Id(3)] public Dictionary<SensorMetric, LatestReading>? LegacyLatestReadings { get; set; }

    /// <summary>The resident's sensor rules; null until set, when <see cref="SensorRuleSet.Default"/> applies.</summary>
    [Id(4)] public SensorRuleSet? SensorRules { get; set; }

    /// <summary>See <see cref="LegacyLatestReadings"/>.</summary>
    [Id(5)] public SensorRuleTracking? LegacyRuleTracking { get; set; }

    /// <summary>
    /// Whether a <see cref="ResidentSensorState"/> may exist. Set (and stored) before that state is
    /// first written, so a resident that never had a reading needs no second read on activation.
    /// </summary>
    [Id(7)] public bool HasSensorState { get; set; }

    [Id(6)] public List<DeviceId>? DevicesStored { get; set; }

    public List<DeviceId> Devices => DevicesStored ??= [];
}
