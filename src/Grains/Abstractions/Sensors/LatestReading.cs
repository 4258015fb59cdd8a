using ResponseCentre.Grains.Abstractions.Devices;

namespace ResponseCentre.Grains.Abstractions.Sensors;

/// <summary>The most recent value of one metric in the resident's home, and which device measured it when.</summary>
[GenerateSerializer, Immutable, Alias("rc.LatestReading")]
public sealed record LatestReading(
    [property: Id(0)] SensorMetric Metric,
    [property: Id(1)] double Value,
    [property: Id(2)] DateTimeOffset MeasuredAt,
    [property: Id(3)] DeviceId Device);
