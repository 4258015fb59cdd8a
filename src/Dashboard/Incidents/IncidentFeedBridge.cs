using Microsoft.AspNetCore.SignalR;
using ResponseCentre.Dashboard.Observability;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Feed;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Signals;

namespace ResponseCentre.Dashboard.Incidents;

/// <summary>
/// Forwards the centre's incident feed to browsers: every change to the desk of its tenant, and to
/// the field staff it was dispatched to; each escalation notice to the people it names (or the
/// desk); each risk signal to the desk and the resident's teams.
/// </summary>
internal sealed partial class IncidentFeedBridge(
    IGrainFactory grains, IHubContext<IncidentHub, IDashboardClient> hub, OpenIncidentGauge gauge, TimeProvider time, ILogger<IncidentFeedBridge> logger)
    : IncidentFeedSubscriber(grains, time)
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await base.StartAsync(cancellationToken);
        gauge.Reset(await Grains.GetIncidentFeed().GetOpenIncidentsAsync());
    }

    public override Task IncidentChangedAsync(IncidentView incident)
    {
        gauge.Apply(incident);
        return hub.Clients.Groups([.. Desk(incident), .. StaffOf(incident)]).IncidentChanged(incident);
    }

    public override Task NotifiedAsync(EscalationNotice notice) =>
        hub.Clients.Groups([.. Desk(notice.Incident), .. notice.Recipients.Select(IncidentHub.StaffGroup)]).Notified(notice);

    public override Task RiskSignalRaisedAsync(RiskSignal signal) =>
        hub.Clients.Groups([IncidentHub.DeskGroup(signal.Tenant), IncidentHub.AllTenantsDeskGroup, .. signal.Teams.Select(IncidentHub.TeamGroup)])
            .RiskSignalRaised(signal);

    protected override void OnRenewalFailed(Exception exception) => LogRenewalFailed(exception);

    private static string[] Desk(IncidentView incident) => [IncidentHub.DeskGroup(incident.Tenant), IncidentHub.AllTenantsDeskGroup];

    /// <summary>Everyone it was dispatched to, including whoever accepted it (they stay informed after acceptance).</summary>
    private static IEnumerable<string> StaffOf(IncidentView incident) =>
        incident.Notified.Concat(incident.AssignedTo is { } assignee ? [assignee] : []).Distinct().Select(IncidentHub.StaffGroup);

    [LoggerMessage(LogLevel.Warning, "Renewing the incident feed subscription failed; retrying at the next interval")]
    private partial void LogRenewalFailed(Exception exception);
}
