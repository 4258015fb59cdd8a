namespace ResponseCentre.Grains.Abstractions.Sensors;

/// <summary>One validated sensor value; on/off metrics are 1 and 0.</summary>
[GenerateSerializer, Immutable, Alias("rc.SensorReading")]
public sealed record SensorReading([property: Id(0)] SensorMetric Metric, [property: Id(1)] double Value);
