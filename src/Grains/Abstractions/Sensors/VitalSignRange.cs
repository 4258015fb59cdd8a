namespace ResponseCentre.Grains.Abstractions.Sensors;

/// <summary>The normal range of one metric; a reading outside it is out of range.</summary>
/// <param name="Metric">The metric, e.g. <see cref="SensorMetric.SpO2"/>.</param>
/// <param name="Minimum">The lowest normal value; null for no lower bound.</param>
/// <param name="Maximum">The highest normal value; null for no upper bound.</param>
[GenerateSerializer, Immutable, Alias("rc.VitalSignRange")]
public sealed record VitalSignRange(
    [property: Id(0)] SensorMetric Metric,
    [property: Id(1)] double? Minimum,
    [property: Id(2)] double? Maximum);
