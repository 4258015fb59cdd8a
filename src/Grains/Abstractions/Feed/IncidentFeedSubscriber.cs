using Microsoft.Extensions.Hosting;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Signals;

namespace ResponseCentre.Grains.Abstractions.Feed;

/// <summary>
/// A host service that follows the centre's incident feed: it subscribes in <see cref="StartAsync"/>,
/// before the host accepts connections, so nothing published after start-up can miss it, and renews
/// the subscription well within its lifetime. It does not unsubscribe on stop: the silo is already
/// shutting down by then, and the feed forgets a subscription that is not renewed.
/// </summary>
public abstract class IncidentFeedSubscriber(IGrainFactory grains, TimeProvider time) : BackgroundService, IIncidentFeedObserver
{
    /// <summary>How often the subscription is renewed; the feed keeps it for four times as long.</summary>
    public static readonly TimeSpan RenewalInterval = TimeSpan.FromSeconds(15);

    private IIncidentFeedObserver? _reference;

    /// <summary>The grain factory the subscription goes through, for subclasses that read the feed too.</summary>
    protected IGrainFactory Grains => grains;

    /// <inheritdoc />
    public virtual Task IncidentChangedAsync(IncidentView incident) => Task.CompletedTask;

    /// <inheritdoc />
    public virtual Task NotifiedAsync(EscalationNotice notice) => Task.CompletedTask;

    /// <inheritdoc />
    public virtual Task RiskSignalRaisedAsync(RiskSignal signal) => Task.CompletedTask;

    /// <inheritdoc />
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        _reference = grains.CreateObjectReference<IIncidentFeedObserver>(this);
        await grains.GetIncidentFeed().SubscribeAsync(_reference);
        await base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var renewal = new PeriodicTimer(RenewalInterval, time);
        while (await renewal.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                // Renewing also re-registers with a feed grain that was reactivated elsewhere.
                await grains.GetIncidentFeed().SubscribeAsync(_reference!);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                OnRenewalFailed(ex);
            }
        }
    }

    /// <summary>Called when a renewal failed; the next interval tries again.</summary>
    protected abstract void OnRenewalFailed(Exception exception);
}
