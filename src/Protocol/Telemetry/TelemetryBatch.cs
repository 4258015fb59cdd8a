namespace ResponseCentre.Protocol.Telemetry;

/// <summary>A validated telemetry message: every reading known and within its metric's range.</summary>
public sealed record TelemetryBatch(string DeviceId, string MessageId, DateTimeOffset Timestamp, IReadOnlyList<TelemetryReading> Readings);
