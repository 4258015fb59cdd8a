namespace ResponseCentre.Grains.Abstractions.Incidents;

/// <summary>Identifies an incident; the key of its <see cref="IIncidentGrain"/>.</summary>
/// <param name="Value">The id, a compact GUID string.</param>
[GenerateSerializer, Immutable, Alias("rc.IncidentId")]
public readonly record struct IncidentId([property: Id(0)] string Value)
{
    /// <summary>A new, unique incident id.</summary>
    public static IncidentId New() => new(Guid.NewGuid().ToString("N"));

    /// <inheritdoc />
    public override string ToString() => Value;
}
