namespace ResponseCentre.Grains.Abstractions.Teams;

/// <summary>Identifies a person who responds to incidents: a nurse, care worker or team lead.</summary>
/// <param name="Value">The person's id, e.g. <c>oslo-nurse-017</c>.</param>
[GenerateSerializer, Immutable, Alias("rc.StaffId")]
public readonly record struct StaffId([property: Id(0)] string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
