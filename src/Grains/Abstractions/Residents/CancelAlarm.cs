using ResponseCentre.Grains.Abstractions.Devices;

namespace ResponseCentre.Grains.Abstractions.Residents;

/// <summary>The resident pressed "I'm fine" on a device.</summary>
/// <param name="Device">The device it was pressed on.</param>
/// <param name="DeviceMessageId">The device's own id for the message.</param>
/// <param name="DeviceTimestamp">When, by the device's clock.</param>
[GenerateSerializer, Immutable, Alias("rc.CancelAlarm")]
public sealed record CancelAlarm(
    [property: Id(0)] DeviceId Device,
    [property: Id(1)] string DeviceMessageId,
    [property: Id(2)] DateTimeOffset DeviceTimestamp);
