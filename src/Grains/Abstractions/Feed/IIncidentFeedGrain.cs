using Orleans.Concurrency;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Signals;

namespace ResponseCentre.Grains.Abstractions.Feed;

/// <summary>
/// The response centre's live feed: the open incidents, and the dashboards to tell about changes.
/// One per centre; reach it with <see cref="GrainFactoryExtensions.GetIncidentFeed"/>.
/// </summary>
[Alias("rc.IIncidentFeedGrain")]
public interface IIncidentFeedGrain : IGrainWithStringKey
{
    /// <summary>Records the incident's latest view (dropping it from the open queue once closed) and pushes it to every subscriber.</summary>
    [Alias("Publish")]
    Task PublishAsync(IncidentView incident);

    /// <summary>Pushes an escalation notice to every subscriber, which route it to the recipients' screens.</summary>
    [Alias("Notify")]
    Task NotifyAsync(EscalationNotice notice);

    /// <summary>Pushes a newly raised risk signal to every subscriber, which route it to the resident's teams.</summary>
    [Alias("NotifyRiskSignal")]
    Task NotifyRiskSignalAsync(RiskSignal signal);

    /// <summary>The open incidents, most urgent first, then oldest first.</summary>
    [Alias("GetOpenIncidents"), ReadOnly]
    Task<IReadOnlyList<IncidentView>> GetOpenIncidentsAsync();

    /// <summary>Subscribes a dashboard. Subscriptions expire: renew well within <c>FeedOptions.SubscriptionLifetime</c>.</summary>
    [Alias("Subscribe")]
    Task SubscribeAsync(IIncidentFeedObserver observer);

    /// <summary>Removes a dashboard's subscription.</summary>
    [Alias("Unsubscribe")]
    Task UnsubscribeAsync(IIncidentFeedObserver observer);
}
