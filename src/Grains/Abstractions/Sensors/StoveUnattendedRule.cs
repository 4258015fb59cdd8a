namespace ResponseCentre.Grains.Abstractions.Sensors;

/// <summary>
/// The stove is on and nobody has moved in the home for <paramref name="After"/>: raises a stove-guard
/// alarm. Motion or the stove going off ends the episode; a new one may then start.
/// </summary>
/// <param name="Enabled">False to never raise it.</param>
/// <param name="After">How long the stove may be on with no motion (default 20 minutes).</param>
[GenerateSerializer, Immutable, Alias("rc.StoveUnattendedRule")]
public sealed record StoveUnattendedRule([property: Id(0)] bool Enabled, [property: Id(1)] TimeSpan After)
{
    /// <summary>Enabled, 20 minutes.</summary>
    public static StoveUnattendedRule Default { get; } = new(true, TimeSpan.FromMinutes(20));
}
