using Orleans.Concurrency;
using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Abstractions.Feed;

/// <summary>
/// The response centre's live feed: the open incidents, and the dashboards to tell about changes.
/// One per centre; reach it with <see cref="GrainFactoryExtensions.GetIncidentFeed"/>.
/// </summary>
[Alias("rc.IIncidentFeedGrain")]
public interface IIncidentFeedGrain : IGrainWithStringKey
{
    /// <summary>Records the incident's latest view and pushes it to every subscribed dashboard.</summary>
    [Alias("Publish")]
    Task PublishAsync(IncidentView incident);

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
