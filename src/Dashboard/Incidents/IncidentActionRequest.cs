using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Dashboard.Incidents;

/// <summary>
/// Who acts on an incident through the API, and with what outcome when resolving. Until login
/// lands (issue 6) the caller names itself; afterwards the actor comes from the signed-in user.
/// </summary>
public sealed record IncidentActionRequest(ActorKind ActorKind, string ActorId, IncidentOutcome? Outcome = null)
{
    public Actor Actor => new(ActorKind, ActorId);
}
