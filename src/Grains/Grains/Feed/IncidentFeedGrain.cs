using Microsoft.Extensions.Logging;
using Orleans.Utilities;
using ResponseCentre.Grains.Abstractions.Feed;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Incidents;

namespace ResponseCentre.Grains.Feed;

public sealed class IncidentFeedGrain(
    [PersistentState("feed", StorageNames.Default)] IPersistentState<IncidentFeedState> state,
    ILogger<IncidentFeedGrain> logger)
    : Grain, IIncidentFeedGrain
{
    private readonly ObserverManager<IIncidentFeedObserver> _dashboards = new(FeedOptions.SubscriptionLifetime, logger);

    public async Task PublishAsync(IncidentView incident)
    {
        state.State.Open[incident.Id] = incident;
        await state.WriteStateAsync();
        await _dashboards.Notify(dashboard => dashboard.IncidentChangedAsync(incident));
    }

    public Task<IReadOnlyList<IncidentView>> GetOpenIncidentsAsync()
    {
        var queue = state.State.Open.Values.Order(IncidentQueueOrder.Instance).ToList();
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
