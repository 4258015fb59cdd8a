using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Abstractions.Statistics;

/// <summary>An incident once closed, with the moments the response-time figures are measured between.</summary>
/// <param name="Id">The incident.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Team">The team routing chose, or null.</param>
/// <param name="District">The resident's district.</param>
/// <param name="RaisedAt">When the centre received the alarm.</param>
/// <param name="AcceptedAt">When someone accepted it, or null.</param>
/// <param name="OnSiteAt">When the responder arrived, or null.</param>
/// <param name="ClosedAt">When it was resolved or cancelled.</param>
/// <param name="Status">Resolved or Cancelled.</param>
/// <param name="Outcome">How it ended when resolved.</param>
[GenerateSerializer, Immutable, Alias("rc.ClosedIncident")]
public sealed record ClosedIncident(
    [property: Id(0)] IncidentId Id,
    [property: Id(1)] IncidentKind Kind,
    [property: Id(2)] TeamId? Team,
    [property: Id(3)] string District,
    [property: Id(4)] DateTimeOffset RaisedAt,
    [property: Id(5)] DateTimeOffset? AcceptedAt,
    [property: Id(6)] DateTimeOffset? OnSiteAt,
    [property: Id(7)] DateTimeOffset ClosedAt,
    [property: Id(8)] IncidentStatus Status,
    [property: Id(9)] IncidentOutcome? Outcome);
