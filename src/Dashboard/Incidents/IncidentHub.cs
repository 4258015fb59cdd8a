using Microsoft.AspNetCore.SignalR;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Dashboard.Incidents;

/// <summary>
/// The live incident hub. Operators watch every incident; field staff watch what was dispatched to
/// them and act on it. Until login lands (issue 6) a connection says who it is with
/// <see cref="WatchAsOperator"/> or <see cref="WatchAsStaff"/>.
/// </summary>
public sealed class IncidentHub(IGrainFactory grains) : Hub<IDashboardClient>
{
    public const string Path = "/hubs/incidents";
    public const string OperatorsGroup = "operators";
    private const string ActorKey = "actor";

    public static string StaffGroup(StaffId staff) => $"staff:{staff.Value}";

    public static string TeamGroup(TeamId team) => $"team:{team.Value}";

    public async Task WatchAsOperator()
    {
        Context.Items[ActorKey] = new Actor(ActorKind.Operator, Context.ConnectionId);
        await Groups.AddToGroupAsync(Context.ConnectionId, OperatorsGroup);
    }

    public async Task WatchAsStaff(string staffId)
    {
        Context.Items[ActorKey] = new Actor(ActorKind.Staff, staffId);
        await Groups.AddToGroupAsync(Context.ConnectionId, StaffGroup(new StaffId(staffId)));
    }

    /// <summary>Follows a team's early-warning risk signals (a team lead's or team planner's view).</summary>
    public Task WatchTeam(string teamId) => Groups.AddToGroupAsync(Context.ConnectionId, TeamGroup(new TeamId(teamId)));

    public Task<IncidentView> Accept(string incidentId) => ActAsync(incidentId, (incident, actor) => incident.AcceptAsync(actor));

    public Task<IncidentView> Decline(string incidentId) => ActAsync(incidentId, (incident, actor) => incident.DeclineAsync(actor));

    public Task<IncidentView> MarkEnRoute(string incidentId) => ActAsync(incidentId, (incident, actor) => incident.MarkEnRouteAsync(actor));

    public Task<IncidentView> MarkOnSite(string incidentId) => ActAsync(incidentId, (incident, actor) => incident.MarkOnSiteAsync(actor));

    public Task<IncidentView> Resolve(string incidentId, IncidentOutcome outcome) =>
        ActAsync(incidentId, (incident, actor) => incident.ResolveAsync(actor, outcome));

    private async Task<IncidentView> ActAsync(string incidentId, Func<IIncidentGrain, Actor, Task<IncidentView>> action)
    {
        if (!Context.Items.TryGetValue(ActorKey, out var who) || who is not Actor actor)
        {
            throw new HubException("Call WatchAsOperator or WatchAsStaff first: the hub must know who is acting.");
        }

        try
        {
            return await action(grains.GetIncident(new IncidentId(incidentId)), actor);
        }
        catch (IncidentTransitionException refused)
        {
            throw new HubException(refused.Message);
        }
    }
}
