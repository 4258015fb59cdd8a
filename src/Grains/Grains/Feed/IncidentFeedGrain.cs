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
public sealed partial class IncidentFeedGrain : Grain, IIncidentFeedGrain
{
    private readonly IPersistentState<IncidentFeedState> _state;
    private readonly IClusterMembershipService _membership;
    private readonly ILogger<IncidentFeedGrain> _logger;
    private readonly ObserverManager<IIncidentFeedObserver> _subscribers;
    private readonly GroupCommit _commit;
    private readonly StateStorageBridge<IncidentFeedShard>[] _shards = new StateStorageBridge<IncidentFeedShard>[IncidentFeedShard.Count];
    private readonly GroupCommit[] _shardCommits = new GroupCommit[IncidentFeedShard.Count];
    private MembershipVersion _checkedMembership = MembershipVersion.MinValue;

    public IncidentFeedGrain(
        [PersistentState("feed", StorageNames.Default)] IPersistentState<IncidentFeedState> state,
        IClusterMembershipService membership,
        ILogger<IncidentFeedGrain> logger)
    {
        _state = state;
        _membership = membership;
        _logger = logger;
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
        await DropSubscribersOfGoneSilosAsync();
        await _subscribers.Notify(subscriber => subscriber.IncidentChangedAsync(incident));
        await _shardCommits[shard].SaveAsync();
    }

    public async Task NotifyAsync(EscalationNotice notice)
    {
        await DropSubscribersOfGoneSilosAsync();
        await _subscribers.Notify(subscriber => subscriber.NotifiedAsync(notice));
    }

    public async Task NotifyRiskSignalAsync(RiskSignal signal)
    {
        await DropSubscribersOfGoneSilosAsync();
        await _subscribers.Notify(subscriber => subscriber.RiskSignalRaisedAsync(signal));
    }

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
        _checkedMembership = MembershipVersion.MinValue; // check the new one too at the next publish
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

    /// <summary>
    /// A one-way message to an observer of a silo that is gone (killed, then restarted) fails in Orleans
    /// with several multi-line warnings, and nothing tells the feed: so the feed looks at the membership
    /// itself, whenever it changed, and forgets such subscribers with one line each.
    /// </summary>
    private async Task DropSubscribersOfGoneSilosAsync()
    {
        var membership = _membership.CurrentSnapshot;
        if (membership.Version == _checkedMembership)
        {
            return;
        }

        _checkedMembership = membership.Version;
        var gone = _subscribers.Observers.Keys
            .Select(subscriber => (Subscriber: subscriber, Host: SubscriberHost.SiloOf(subscriber)))
            .Where(s => s.Host is not null && SubscriberHost.IsGone(s.Host, membership))
            .ToList();
        foreach (var (subscriber, host) in gone)
        {
            _subscribers.Unsubscribe(subscriber);
            LogSubscriberOfGoneSiloDropped(_logger, subscriber.GetGrainId(), host!);
        }

        if (gone.Count > 0)
        {
            await SaveSubscribersAsync();
        }
    }

    private Task SaveSubscribersAsync()
    {
        _subscribers.ClearExpired();
        _state.State.Subscribers = [.. _subscribers.Observers.Values];
        return _commit.SaveAsync();
    }

    [LoggerMessage(LogLevel.Information, "Dropped the feed subscriber {Subscriber}: its silo {Silo} is gone")]
    private static partial void LogSubscriberOfGoneSiloDropped(ILogger logger, GrainId subscriber, SiloAddress silo);
}
