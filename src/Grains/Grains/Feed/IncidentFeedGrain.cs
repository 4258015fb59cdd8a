using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Orleans.Utilities;
using ResponseCentre.Grains.Abstractions.Feed;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Incidents;
using ResponseCentre.Grains.Persistence;

namespace ResponseCentre.Grains.Feed;

/// <summary>
/// Every incident change in the centre passes through here, so it is reentrant and commits its
/// state in groups: a busy feed writes once per batch of publishes, not once per publish.
/// </summary>
[Reentrant]
public sealed class IncidentFeedGrain : Grain, IIncidentFeedGrain
{
    private readonly IPersistentState<IncidentFeedState> _state;
    private readonly ObserverManager<IIncidentFeedObserver> _dashboards;
    private readonly GroupCommit _commit;

    public IncidentFeedGrain(
        [PersistentState("feed", StorageNames.Default)] IPersistentState<IncidentFeedState> state,
        ILogger<IncidentFeedGrain> logger)
    {
        _state = state;
        _dashboards = new(FeedOptions.SubscriptionLifetime, logger);
        _commit = new GroupCommit(state.WriteStateAsync);
    }

    public async Task PublishAsync(IncidentView incident)
    {
        _state.State.Open[incident.Id.Value] = incident;
        // Dashboards hear of it at once; the publisher is answered once the queue is durable too.
        await _dashboards.Notify(dashboard => dashboard.IncidentChangedAsync(incident));
        await _commit.SaveAsync();
    }

    public Task<IReadOnlyList<IncidentView>> GetOpenIncidentsAsync()
    {
        var queue = _state.State.Open.Values.Order(IncidentQueueOrder.Instance).ToList();
        return Task.FromResult<IReadOnlyList<IncidentView>>(queue);
    }

    public Task SubscribeAsync(IIncidentFeedObserver observer)
    {
        _dashboards.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(IIncidentFeedObserver observer)
    {
        _dashboards.Unsubscribe(observer);
        return Task.CompletedTask;
    }
}
