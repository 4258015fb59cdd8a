using System.Text.Json;

namespace ResponseCentre.Protocol.Telemetry;

/// <summary>
/// Sensor readings as a device publishes them on <see cref="Topics.DeviceTelemetry"/>, for example
/// <c>{"deviceId":"stove-0001","messageId":"7","timestamp":"2026-11-24T18:00:00Z","readings":{"stove_on":true,"stove_temperature":231.5}}</c>.
/// </summary>
/// <param name="DeviceId">The publishing device; must equal the device id in the topic.</param>
/// <param name="MessageId">The device's own id for this message, unique per device; a redelivery repeats it.</param>
/// <param name="Timestamp">When the device measured, ISO 8601 with an offset.</param>
/// <param name="Readings">Metric wire name to value: a number, or true/false for boolean metrics.</param>
public sealed record TelemetryMessage(string DeviceId, string MessageId, DateTimeOffset Timestamp, Dictionary<string, JsonElement> Readings);
