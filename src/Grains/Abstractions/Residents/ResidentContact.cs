namespace ResponseCentre.Grains.Abstractions.Residents;

/// <summary>Someone to call about a resident: next of kin, a neighbour with a key, the GP.</summary>
/// <param name="Name">Who.</param>
/// <param name="Relation">How they relate to the resident, e.g. "Daughter".</param>
/// <param name="Phone">Their phone number as dialled.</param>
[GenerateSerializer, Immutable, Alias("rc.ResidentContact")]
public sealed record ResidentContact([property: Id(0)] string Name, [property: Id(1)] string Relation, [property: Id(2)] string Phone);
