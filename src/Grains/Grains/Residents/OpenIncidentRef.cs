using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Residents;

/// <summary>An incident of the resident's that was open when last seen, for de-duplication and cancelling.</summary>
[GenerateSerializer, Immutable, Alias("rc.OpenIncidentRef")]
public sealed record OpenIncidentRef(
    [property: Id(0)] IncidentId Incident,
    [property: Id(1)] IncidentKind Kind,
    [property: Id(2)] DateTimeOffset RaisedAt);
