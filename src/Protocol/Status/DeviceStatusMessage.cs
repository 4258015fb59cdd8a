namespace ResponseCentre.Protocol.Status;

/// <summary>
/// A device's status as it publishes it on <see cref="Topics.DeviceStatus"/>: a periodic heartbeat such as
/// <c>{"deviceId":"pendant-0001","messageId":"99","timestamp":"2026-11-24T18:00:00Z","state":"alive","battery":23,"mains":"on","tamper":false}</c>,
/// or the MQTT last-will the broker publishes when the connection dies, <c>{"deviceId":"pendant-0001","state":"offline"}</c>.
/// </summary>
/// <param name="DeviceId">The publishing device; must equal the device id in the topic.</param>
/// <param name="State">Alive (a heartbeat) or offline (the last-will).</param>
/// <param name="MessageId">
/// The device's own id for this message, as for alarm events. Required when <paramref name="State"/> is alive;
/// optional for offline, because a last-will is composed once at connect time.
/// </param>
/// <param name="Timestamp">When the device sent it, ISO 8601 with an offset. Required and optional as <paramref name="MessageId"/>.</param>
/// <param name="Battery">Battery level in whole percent, 0 to 100; absent for devices without a battery.</param>
/// <param name="Mains">Mains power on or off; absent for devices without mains power.</param>
/// <param name="Tamper">True while the casing is open or the device is removed from its mount; absent when it cannot tell.</param>
public sealed record DeviceStatusMessage(
    string DeviceId,
    DeviceLinkState State,
    string? MessageId = null,
    DateTimeOffset? Timestamp = null,
    int? Battery = null,
    MainsPower? Mains = null,
    bool? Tamper = null);
