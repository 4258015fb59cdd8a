using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Signals;

namespace ResponseCentre.Dashboard.Incidents;

/// <summary>
/// What the hub pushes to browsers. Method names are the SignalR wire names that browsers
/// subscribe to, so they carry no Async suffix.
/// </summary>
public interface IDashboardClient
{
    /// <summary>An incident was opened or changed.</summary>
    Task IncidentChanged(IncidentView incident);

    /// <summary>An escalation step asks the receiver to act: accept or decline, or (operators) take over.</summary>
    Task Notified(EscalationNotice notice);

    /// <summary>An early-warning risk signal was raised for a resident of the receiver's team, with the figures behind it.</summary>
    Task RiskSignalRaised(RiskSignal signal);
}
