using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Abstractions.Residents;

/// <summary>A device reported an alarm for the resident.</summary>
/// <param name="Device">The device that reported it.</param>
/// <param name="DeviceMessageId">The device's own id for the message; a redelivery repeats it.</param>
/// <param name="Kind">What happened.</param>
/// <param name="DeviceTimestamp">When the device saw it, by the device's clock.</param>
/// <param name="ReceivedAt">When the gateway received it, by the centre's clock.</param>
[GenerateSerializer, Immutable, Alias("rc.RaiseAlarm")]
public sealed record RaiseAlarm(
    [property: Id(0)] DeviceId Device,
    [property: Id(1)] string DeviceMessageId,
    [property: Id(2)] IncidentKind Kind,
    [property: Id(3)] DateTimeOffset DeviceTimestamp,
    [property: Id(4)] DateTimeOffset ReceivedAt);
