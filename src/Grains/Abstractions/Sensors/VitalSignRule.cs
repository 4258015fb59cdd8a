namespace ResponseCentre.Grains.Abstractions.Sensors;

/// <summary>
/// A reading outside its metric's normal range raises a vital-sign alarm at once. While that metric
/// stays out of range it is not raised again; a reading back in range re-arms it.
/// </summary>
/// <param name="Enabled">False to never raise it.</param>
/// <param name="Ranges">The resident's thresholds, at most one per metric.</param>
[GenerateSerializer, Immutable, Alias("rc.VitalSignRule")]
public sealed record VitalSignRule([property: Id(0)] bool Enabled, [property: Id(1)] IReadOnlyList<VitalSignRange> Ranges)
{
    /// <summary>Enabled: SpO2 at least 90 %, pulse 40 to 130 bpm, systolic pressure 90 to 180 mmHg.</summary>
    public static VitalSignRule Default { get; } = new(true,
    [
        new VitalSignRange(SensorMetric.SpO2, 90, null),
        new VitalSignRange(SensorMetric.Pulse, 40, 130),
        new VitalSignRange(SensorMetric.BloodPressureSystolic, 90, 180),
    ]);
}
