using ResponseCentre.Grains.Abstractions.Devices;

namespace ResponseCentre.Grains.Abstractions.Sensors;

/// <summary>A device in the resident's home reported sensor readings.</summary>
/// <param name="Device">The device that measured.</param>
/// <param name="DeviceMessageId">The device's own id for the message; a redelivery repeats it.</param>
/// <param name="MeasuredAt">When the device measured, by the device's clock.</param>
/// <param name="ReceivedAt">When the gateway received it, by the centre's clock.</param>
/// <param name="Readings">The values.</param>
[GenerateSerializer, Immutable, Alias("rc.RecordTelemetry")]
public sealed record RecordTelemetry(
    [property: Id(0)] DeviceId Device,
    [property: Id(1)] string DeviceMessageId,
    [property: Id(2)] DateTimeOffset MeasuredAt,
    [property: Id(3)] DateTimeOffset ReceivedAt,
    [property: Id(4)] IReadOnlyList<SensorReading> Readings);
