namespace ResponseCentre.Grains.Abstractions.Residents;

/// <summary>Identifies a tenant: one municipality served by the centre.</summary>
/// <param name="Value">The tenant's short name, e.g. <c>oslo</c>.</param>
[GenerateSerializer, Immutable, Alias("rc.TenantId")]
public readonly record struct TenantId([property: Id(0)] string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
