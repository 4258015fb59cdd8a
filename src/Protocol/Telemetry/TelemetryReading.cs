namespace ResponseCentre.Protocol.Telemetry;

/// <summary>One validated value; booleans are 1 (true) and 0 (false).</summary>
public sealed record TelemetryReading(TelemetryMetric Metric, double Value);
