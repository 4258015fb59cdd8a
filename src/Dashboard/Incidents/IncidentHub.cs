using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using ResponseCentre.Dashboard.Accounts;
using ResponseCentre.Dashboard.Audit;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Dashboard.Incidents;

/// <summary>
/// The live incident hub. A connection is placed in its groups from the sign-in: the desk
/// (operators, team leads, administrators) gets every incident of its tenants; field staff get
/// what was dispatched to them. Actions are the signed-in user's and are audited.
/// </summary>
[Authorize(Policy = DashboardPolicies.SignedIn)]
public sealed class IncidentHub(IGrainFactory grains, Auditor audit) : Hub<IDashboardClient>
{
    public const string Path = "/hubs/incidents";

    /// <summary>The desk of one tenant.</summary>
    public static string DeskGroup(TenantId tenant) => $"desk:{tenant.Value}";

    /// <summary>The desk of every tenant (users whose tenants are <c>*</c>).</summary>
    public const string AllTenantsDeskGroup = "desk:*";

    public static string StaffGroup(StaffId staff) => $"staff:{staff.Value}";

    public static string TeamGroup(TeamId team) => $"team:{team.Value}";

    public override async Task OnConnectedAsync()
    {
        var user = Context.User!.SignedInUser();
        if (user.Staff is { } staff)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, StaffGroup(staff));
        }

        if (!user.IsFieldStaff)
        {
            foreach (var tenant in user.Tenants)
            {
                await Groups.AddToGroupAsync(Context.ConnectionId, tenant == Grains.Abstractions.Accounts.UserAccount.AllTenants
                    ? AllTenantsDeskGroup
                    : DeskGroup(new TenantId(tenant)));
            }
        }

        await base.OnConnectedAsync();
    }

    /// <summary>Follows a team's early-warning risk signals (a team lead's or planner's view); the desk only.</summary>
    public Task WatchTeam(string teamId)
    {
        if (Context.User!.SignedInUser().IsFieldStaff)
        {
            throw new HubException("Field staff receive their own alerts; following a team's risk signals is for the desk.");
        }

        return Groups.AddToGroupAsync(Context.ConnectionId, TeamGroup(new TeamId(teamId)));
    }

    public Task<IncidentView> Accept(string incidentId) => ActAsync(incidentId, "Accept", (incident, actor) => incident.AcceptAsync(actor));

    public Task<IncidentView> Decline(string incidentId) => ActAsync(incidentId, "Decline", (incident, actor) => incident.DeclineAsync(actor));

    public Task<IncidentView> MarkEnRoute(string incidentId) => ActAsync(incidentId, "EnRoute", (incident, actor) => incident.MarkEnRouteAsync(actor));

    public Task<IncidentView> MarkOnSite(string incidentId) => ActAsync(incidentId, "OnSite", (incident, actor) => incident.MarkOnSiteAsync(actor));

    public Task<IncidentView> Resolve(string incidentId, IncidentOutcome outcome) =>
        ActAsync(incidentId, "Resolve", (incident, actor) => incident.ResolveAsync(actor, outcome), outcome.ToString());

    private async Task<IncidentView> ActAsync(string incidentId, string auditAction, Func<IIncidentGrain, Actor, Task<IncidentView>> action, string? detail = null)
    {
        var user = Context.User!.SignedInUser();
        var grain = grains.GetIncident(new IncidentId(incidentId));
        if (await grain.GetViewAsync() is not { } incident || !user.MaySee(incident))
        {
            throw new HubException($"Incident {incidentId} is not one of yours.");
        }

        await audit.RecordAsync(user, auditAction, incident.Resident.Value, incidentId, detail);
        try
        {
            return await action(grain, user.Actor);
        }
        catch (IncidentTransitionException refused)
        {
            await audit.RecordAsync(user, AuditActions.Denied(auditAction), incident.Resident.Value, incidentId, refused.Message);
            throw new HubException(refused.Message);
        }
    }
}
