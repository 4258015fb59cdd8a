using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Orleans.Utilities;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Feed;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Signals;
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
    private readonly ObserverManager<IIncidentFeedObserver> _subscribers;
    private readonly GroupCommit _commit;

    public IncidentFeedGrain(
        [PersistentState("feed", StorageNames.Default)] IPersistentState<IncidentFeedState> state,
        ILogger<IncidentFeedGrain> logger)
    {
        _state = state;
        _subscribers = new(FeedOptions.SubscriptionLifetime, logger);
        _commit = new GroupCommit(state.WriteStateAsync);
    }

    public async Task PublishAsync(IncidentView incident)
    {
        if (incident.IsClosed)
        {
            _state.State.Open.Remove(incident.Id.Value);
        }
        else
        {
            _state.State.Open[incident.Id.Value] = incident;
        }

        // Subscribers hear of it at once; the publisher is answered once the queue is durable too.
        await _subscribers.Notify(subscriber => subscriber.IncidentChangedAsync(incident));
        await _commit.SaveAsync();
    }

    public Task NotifyAsync(EscalationNotice notice) => _subscribers.Notify(subscriber => subscriber.NotifiedAsync(notice));

    public Task NotifyRiskSignalAsync(RiskSignal signal) => _subscribers.Notify(subscriber => subscriber.RiskSignalRaisedAsync(signal));

    public Task<IReadOnlyList<IncidentView>> GetOpenIncidentsAsync()
    {
        var queue = _state.State.Open.Values.Order(IncidentQueueOrder.Instance).ToList();
        return Task.FromResult<IReadOnlyList<IncidentView>>(queue);
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Subscribers from before a restart or a silo failure: those still alive keep renewing;
        // the others expire after one subscription lifetime.
        foreach (var subscriber in _state.State.Subscribers)
        {
            _subscribers.Subscribe(subscriber, subscriber);
        }

        return Task.CompletedTask;
    }

    public async Task SubscribeAsync(IIncidentFeedObserver observer)
    {
        var isNew = !_subscribers.Observers.ContainsKey(observer);
        _subscribers.Subscribe(observer, observer);
        if (isNew)
        {
            await SaveSubscribersAsync();
        }
    }

    public async Task UnsubscribeAsync(IIncidentFeedObserver observer)
    {
        _subscribers.Unsubscribe(observer);
        await SaveSubscribersAsync();
    }

    private Task SaveSubscribersAsync()
    {
        _subscribers.ClearExpired();
        _state.State.Subscribers = [.. _subscribers.Observers.Values];
        return _commit.SaveAsync();
    }
}
