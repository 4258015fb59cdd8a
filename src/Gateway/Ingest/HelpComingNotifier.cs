using Microsoft.Extensions.Logging;
using ResponseCentre.Grains.Abstractions.Feed;
using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Gateway.Ingest;

/// <summary>Tells the device that raised an incident that help is coming as soon as a responder accepts it.</summary>
internal sealed partial class HelpComingNotifier(
    IGrainFactory grains, IDeviceAckChannel acks, TimeProvider time, ILogger<HelpComingNotifier> logger)
    : IncidentFeedSubscriber(grains, time)
{
    public override Task IncidentChangedAsync(IncidentView incident) => incident.LastEvent == IncidentEvent.Accepted
        ? acks.SendAsync(incident.Device.Value, DeviceMessageTranslator.ToHelpComingAck(incident))
        : Task.CompletedTask;

    protected override void OnRenewalFailed(Exception exception) => LogRenewalFailed(exception);

    [LoggerMessage(LogLevel.Warning, "Renewing the gateway's incident feed subscription failed; retrying at the next interval")]
    private partial void LogRenewalFailed(Exception exception);
}
