using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Dashboard.Incidents;

/// <summary>The body of an incident action: only resolving needs one, for its outcome. Who acts comes from the sign-in.</summary>
public sealed record IncidentActionRequest(IncidentOutcome? Outcome = null);
