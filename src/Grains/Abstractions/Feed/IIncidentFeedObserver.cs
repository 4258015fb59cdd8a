using Orleans.Concurrency;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Signals;

namespace ResponseCentre.Grains.Abstractions.Feed;

/// <summary>Receives incident changes from the feed; implemented by each dashboard and gateway host.</summary>
[Alias("rc.IIncidentFeedObserver")]
public interface IIncidentFeedObserver : IGrainObserver
{
    /// <summary>An incident was opened or changed. One-way: a slow dashboard must not hold up the feed.</summary>
    [Alias("IncidentChanged"), OneWay]
    Task IncidentChangedAsync(IncidentView incident);

    /// <summary>An escalation step notified someone. One-way, like <see cref="IncidentChangedAsync"/>.</summary>
    [Alias("Notified"), OneWay]
    Task NotifiedAsync(EscalationNotice notice);

    /// <summary>
    /// A risk signal was raised for a resident. One-way, like <see cref="IncidentChangedAsync"/>. Does
    /// nothing unless implemented, so observers that predate signals need no change.
    /// </summary>
    [Alias("RiskSignalRaised"), OneWay]
    Task RiskSignalRaisedAsync(RiskSignal signal) => Task.CompletedTask;
}
