using ResponseCentre.Grains.Abstractions.Sensors;

namespace ResponseCentre.TimeSeries;

/// <summary>
/// One sensor reading for the resident's series. On/off metrics carry 1 or 0. The store keeps one
/// value per resident, tenant, device, metric and millisecond: a second reading with all of these
/// equal replaces the first (InfluxDB's rule, which also makes a replayed batch harmless).
/// </summary>
public sealed record TelemetryPoint(string Resident, string Tenant, string Device, SensorMetric Metric, double Value, DateTimeOffset Timestamp);
