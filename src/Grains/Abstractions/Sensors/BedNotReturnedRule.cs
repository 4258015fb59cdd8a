namespace ResponseCentre.Grains.Abstractions.Sensors;

/// <summary>
/// The resident got out of bed during the night window and is not back within <paramref name="After"/>:
/// raises a bed-not-returned alarm, even when the night window has ended meanwhile. Getting back into bed re-arms it.
/// </summary>
/// <param name="Enabled">False to never raise it.</param>
/// <param name="After">How long the resident may be up at night (default 30 minutes).</param>
[GenerateSerializer, Immutable, Alias("rc.BedNotReturnedRule")]
public sealed record BedNotReturnedRule([property: Id(0)] bool Enabled, [property: Id(1)] TimeSpan After)
{
    /// <summary>Enabled, 30 minutes.</summary>
    public static BedNotReturnedRule Default { get; } = new(true, TimeSpan.FromMinutes(30));
}
