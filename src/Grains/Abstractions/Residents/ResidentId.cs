namespace ResponseCentre.Grains.Abstractions.Residents;

/// <summary>Identifies a resident across the centre; the key of their <see cref="IResidentGrain"/>.</summary>
/// <param name="Value">The id as registered, e.g. <c>oslo-r-0001</c>.</param>
[GenerateSerializer, Immutable, Alias("rc.ResidentId")]
public readonly record struct ResidentId([property: Id(0)] string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
