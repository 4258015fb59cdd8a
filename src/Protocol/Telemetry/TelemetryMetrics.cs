using System.Collections.Frozen;

namespace ResponseCentre.Protocol.Telemetry;

/// <summary>
/// The catalogue of metrics. Ranges are what a working sensor can report (physiological or
/// physical limits with a margin), not clinical thresholds: a value outside is a broken or
/// misconfigured sensor, and is refused rather than stored.
/// </summary>
public static class TelemetryMetrics
{
    /// <summary>Every metric a device may report.</summary>
    public static IReadOnlyList<MetricDefinition> All { get; } =
    [
        new(TelemetryMetric.Temperature, "temperature", "°C", false, -40, 85),
        new(TelemetryMetric.Motion, "motion", "", true, 0, 1),
        new(TelemetryMetric.DoorOpen, "door_open", "", true, 0, 1),
        new(TelemetryMetric.BedOccupied, "bed_occupied", "", true, 0, 1),
        new(TelemetryMetric.StoveOn, "stove_on", "", true, 0, 1),
        new(TelemetryMetric.StoveTemperature, "stove_temperature", "°C", false, -20, 600),
        new(TelemetryMetric.StoveCurrent, "stove_current", "A", false, 0, 63),
        new(TelemetryMetric.SpO2, "spo2", "%", false, 50, 100),
        new(TelemetryMetric.Pulse, "pulse", "bpm", false, 20, 250),
        new(TelemetryMetric.BloodPressureSystolic, "blood_pressure_systolic", "mmHg", false, 50, 280),
        new(TelemetryMetric.BloodPressureDiastolic, "blood_pressure_diastolic", "mmHg", false, 20, 180),
        new(TelemetryMetric.Weight, "weight", "kg", false, 20, 350),
        new(TelemetryMetric.Battery, "battery", "%", false, 0, 100),
        new(TelemetryMetric.Signal, "signal", "dBm", false, -140, 0),
    ];

    private static readonly FrozenDictionary<string, MetricDefinition> ByWireName =
        All.ToFrozenDictionary(definition => definition.WireName, StringComparer.Ordinal);

    private static readonly FrozenDictionary<TelemetryMetric, MetricDefinition> ByMetric =
        All.ToFrozenDictionary(definition => definition.Metric);

    /// <summary>Finds a metric by its wire name.</summary>
    public static bool TryGet(string wireName, out MetricDefinition definition) =>
        ByWireName.TryGetValue(wireName, out definition!);

    /// <summary>The definition of <paramref name="metric"/>.</summary>
    public static MetricDefinition Of(TelemetryMetric metric) => ByMetric[metric];
}
