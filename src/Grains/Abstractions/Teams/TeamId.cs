namespace ResponseCentre.Grains.Abstractions.Teams;

/// <summary>Identifies a team; the key of its <see cref="ITeamGrain"/>.</summary>
/// <param name="Value">The team's id, e.g. <c>oslo-frogner-home-nursing</c>.</param>
[GenerateSerializer, Immutable, Alias("rc.TeamId")]
public readonly record struct TeamId([property: Id(0)] string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
