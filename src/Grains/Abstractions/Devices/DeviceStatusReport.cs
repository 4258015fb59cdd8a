namespace ResponseCentre.Grains.Abstractions.Devices;

/// <summary>A device published its status: a heartbeat, or its last-will when its connection died.</summary>
/// <param name="Device">The device.</param>
/// <param name="Link">Alive (a heartbeat) or offline (the last-will).</param>
/// <param name="ReceivedAt">When the gateway received it, by the centre's clock; contact is measured from here.</param>
/// <param name="DeviceMessageId">The device's own id for the message; null for a last-will that carries none.</param>
/// <param name="DeviceTimestamp">When the device sent it, by its clock; null for a last-will that carries none.</param>
/// <param name="Battery">Battery level in percent, 0 to 100; null when not reported.</param>
/// <param name="MainsOn">True when mains power is present, false when lost; null when not reported.</param>
/// <param name="Tamper">True while the device is tampered with; null when not reported.</param>
[GenerateSerializer, Immutable, Alias("rc.DeviceStatusReport")]
public sealed record DeviceStatusReport(
    [property: Id(0)] DeviceId Device,
    [property: Id(1)] DeviceLink Link,
    [property: Id(2)] DateTimeOffset ReceivedAt,
    [property: Id(3)] string? DeviceMessageId = null,
    [property: Id(4)] DateTimeOffset? DeviceTimestamp = null,
    [property: Id(5)] int? Battery = null,
    [property: Id(6)] bool? MainsOn = null,
    [property: Id(7)] bool? Tamper = null);
