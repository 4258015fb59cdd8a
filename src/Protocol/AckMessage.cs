namespace ResponseCentre.Protocol;

/// <summary>
/// What the centre publishes to a device on <see cref="Topics.DeviceAcks"/> about one of its messages.
/// MQTT 5 devices also get the outcome as the PUBACK reason code; MQTT 3.1.1 devices have only this.
/// </summary>
/// <param name="Status">Received or rejected.</param>
/// <param name="MessageId">The device's message id this answers, or null when the payload was unreadable.</param>
/// <param name="IncidentId">The incident the event opened, joined or cancelled; the one help is coming for.</param>
/// <param name="Reason">Why it was rejected, or why a cancel closed nothing, in words.</param>
public sealed record AckMessage(AckStatus Status, string? MessageId = null, string? IncidentId = null, string? Reason = null);
