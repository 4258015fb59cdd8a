using ResponseCentre.Grains.Abstractions.Devices;

namespace ResponseCentre.Grains.Sensors;

/// <summary>When a sensor saw something, and which device it was: the device a rule's alarm is raised for.</summary>
[GenerateSerializer, Immutable, Alias("rc.Sensed")]
public sealed record Sensed([property: Id(0)] DateTimeOffset At, [property: Id(1)] DeviceId Device);
