using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Orleans.Core;
using Orleans.Storage;
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
/// state in groups: a busy feed writes once per batch of publishes, not once per publish. The open
/// queue is stored in <see cref="IncidentFeedShard.Count"/> parts, each with its own group commit.
/// </summary>
[Reentrant]
public sealed class IncidentFeedGrain : Grain, IIncidentFeedGrain
{
    private readonly IPersistentState<IncidentFeedState> _state;
    private readonly ObserverManager<IIncidentFeedObserver> _subscribers;
    private readonly GroupCommit _commit;
    private readonly StateStorageBridge<IncidentFeedShard>[] _shards = new StateStorageBridge<IncidentFeedShard>[IncidentFeedShard.Count];
    private readonly GroupCommit[] _shardCommits = new GroupCommit[IncidentFeedShard.Count];

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
        var shard = IncidentFeedShard.Of(incident.Id);
        var open = _shards[shard].State.Open;
        if (incident.IsClosed)
        {
            open.Remove(incident.Id.Value);
        }
        else
        {
            open[incident.Id.Value] = incident;
        }

        // Subscribers hear of it at once; the publisher is answered once the queue is durable too.
        await _subscribers.Notify(subscriber => subscriber.IncidentChangedAsync(incident));
        await _shardCommits[shard].SaveAsync();
    }

    public Task NotifyAsync(EscalationNotice notice) => _subscribers.Notify(subscriber => subscriber.NotifiedAsync(notice));

    public Task NotifyRiskSignalAsync(RiskSignal signal) => _subscribers.Notify(subscriber => subscriber.RiskSignalRaisedAsync(signal));

    public Task<IReadOnlyList<IncidentView>> GetOpenIncidentsAsync()
    {
        var queue = _shards.SelectMany(shard => shard.State.Open.Values).Order(IncidentQueueOrder.Instance).ToList();
        return Task.FromResult<IReadOnlyList<IncidentView>>(queue);
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var storage = ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Default);
        for (var i = 0; i < IncidentFeedShard.Count; i++)
        {
            var shard = new StateStorageBridge<IncidentFeedShard>(IncidentFeedShard.StateName(i), GrainContext, storage);
            await shard.ReadStateAsync();
            shard.State ??= new(); // none stored yet
            _shards[i] = shard;
            _shardCommits[i] = new GroupCommit(shard.WriteStateAsync);
        }

        await MoveLegacyQueueAsync();

        // Subscribers from before a restart or a silo failure: those still alive keep renewing;
        // the others expire after one subscription lifetime.
        foreach (var subscriber in _state.State.Subscribers)
        {
            _subscribers.Subscribe(subscriber, subscriber);
        }
    }

    /// <summary>A feed stored before the queue was split kept it whole in its main state.</summary>
    private async Task MoveLegacyQueueAsync()
    {
        if (_state.State.LegacyOpen is not { } legacy)
        {
            return;
        }

        foreach (var (id, view) in legacy)
        {
            _shards[IncidentFeedShard.Of(view.Id)].State.Open[id] = view;
        }

        await Task.WhenAll(_shards.Select(shard => shard.WriteStateAsync()));
        _state.State.LegacyOpen = null;
        await _commit.SaveAsync();
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
