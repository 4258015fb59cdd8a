using Microsoft.AspNetCore.SignalR;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Feed;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Signals;

namespace ResponseCentre.Dashboard.Incidents;

/// <summary>
/// Forwards the centre's incident feed to browsers: every change to the operators, and to the field
/// staff it was dispatched to; each escalation notice to the people it names (or the operators);
/// each risk signal to the operators and the resident's teams.
/// </summary>
internal sealed partial class IncidentFeedBridge(
    IGrainFactory grains, IHubContext<IncidentHub, IDashboardClient> hub, TimeProvider time, ILogger<IncidentFeedBridge> logger)
    : IncidentFeedSubscriber(grains, time)
{
    public override Task IncidentChangedAsync(IncidentView incident) =>
        hub.Clients.Groups([IncidentHub.OperatorsGroup, .. incident.Notified.Select(IncidentHub.StaffGroup)]).IncidentChanged(incident);

    public override Task NotifiedAsync(EscalationNotice notice) => notice.Recipients.Count == 0
        ? hub.Clients.Group(IncidentHub.OperatorsGroup).Notified(notice)
        : hub.Clients.Groups([IncidentHub.OperatorsGroup, .. notice.Recipients.Select(IncidentHub.StaffGroup)]).Notified(notice);

    public override Task RiskSignalRaisedAsync(RiskSignal signal) =>
        hub.Clients.Groups([IncidentHub.OperatorsGroup, .. signal.Teams.Select(IncidentHub.TeamGroup)]).RiskSignalRaised(signal);

    protected override void OnRenewalFailed(Exception exception) => LogRenewalFailed(exception);

    [LoggerMessage(LogLevel.Warning, "Renewing the incident feed subscription failed; retrying at the next interval")]
    private partial void LogRenewalFailed(Exception exception);
}
