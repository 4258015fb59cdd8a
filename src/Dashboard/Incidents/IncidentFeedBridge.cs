using Microsoft.AspNetCore.SignalR;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Feed;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Feed;

namespace ResponseCentre.Dashboard.Incidents;

/// <summary>
/// Subscribes this dashboard host to the centre's incident feed and forwards every change to the
/// connected browsers. Subscribes in StartAsync, before the web server accepts connections, so
/// no alarm raised after a browser connects can miss it. It does not unsubscribe on stop: the
/// silo is already shutting down by then, and the feed forgets a subscription that is not renewed.
/// </summary>
internal sealed partial class IncidentFeedBridge(
    IGrainFactory grains, IHubContext<IncidentHub, IDashboardClient> hub, TimeProvider time, ILogger<IncidentFeedBridge> logger)
    : BackgroundService, IIncidentFeedObserver
{
    private IIncidentFeedObserver? _reference;

    public Task IncidentChangedAsync(IncidentView incident) => hub.Clients.All.IncidentChanged(incident);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        _reference = grains.CreateObjectReference<IIncidentFeedObserver>(this);
        await grains.GetIncidentFeed().SubscribeAsync(_reference);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var renewal = new PeriodicTimer(FeedOptions.RenewalInterval, time);
        while (await renewal.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                // Renewing also re-registers with a feed grain that was reactivated elsewhere.
                await grains.GetIncidentFeed().SubscribeAsync(_reference!);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRenewalFailed(ex);
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "Renewing the incident feed subscription failed; retrying at the next interval")]
    private partial void LogRenewalFailed(Exception exception);
}
