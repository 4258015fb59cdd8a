namespace ResponseCentre.Protocol;

/// <summary>
/// An alarm event as a device publishes it on <see cref="Topics.DeviceEvents"/>, for example
/// <c>{"deviceId":"pendant-0001","messageId":"42","kind":"fall","timestamp":"2026-11-22T21:00:00Z"}</c>.
/// </summary>
/// <param name="DeviceId">The publishing device; must equal the device id in the topic.</param>
/// <param name="MessageId">The device's own id for this message, unique per device; a redelivery repeats it.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Timestamp">When the device saw it, ISO 8601 with an offset.</param>
public sealed record AlarmEventMessage(string DeviceId, string MessageId, AlarmKind Kind, DateTimeOffset Timestamp);
