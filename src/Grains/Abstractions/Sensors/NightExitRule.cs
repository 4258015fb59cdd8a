namespace ResponseCentre.Grains.Abstractions.Sensors;

/// <summary>
/// A door opens during the night window for a resident flagged as at risk of wandering
/// (<see cref="SensorRuleSet.WanderingRisk"/>): raises a night-exit alarm at once. The door closing re-arms it.
/// </summary>
/// <param name="Enabled">False to never raise it.</param>
[GenerateSerializer, Immutable, Alias("rc.NightExitRule")]
public sealed record NightExitRule([property: Id(0)] bool Enabled)
{
    /// <summary>Enabled (it still applies only to residents at risk of wandering).</summary>
    public static NightExitRule Default { get; } = new(true);
}
