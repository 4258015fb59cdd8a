using System.Buffers;
using Microsoft.Extensions.Logging;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Protocol.Status;

namespace ResponseCentre.Gateway.Ingest;

/// <summary>
/// Heartbeats and last-wills: the device grain keeps the supervision deadline and opens or clears
/// technical incidents (offline, low battery, mains lost, tamper). Accepted status messages get no
/// acknowledgement on the ack topic; refused ones do, with the reason.
/// </summary>
internal sealed class StatusIngest(IGrainFactory grains, IDeviceAckChannel acks, TimeProvider time, ILogger<StatusIngest> logger)
{
    public Task<IngestResult> ProcessAsync(string deviceId, ReadOnlySequence<byte> payload, bool retained)
    {
        // A retained status is an old one replayed by the broker, not news from the device: a stale
        // "offline" would read as a fresh disconnect.
        if (retained)
        {
            return Task.FromResult(IngestResult.Ignored());
        }

        return ReadThenStore.RunAsync(DeviceStatusReader.Read(deviceId, payload), deviceId, acks, ReportAsync,
            (ex, status) => GatewayLog.TelemetryNotStored(logger, ex, status.MessageId ?? "(last-will)", deviceId));
    }

    private async Task<IngestResult> ReportAsync(DeviceStatusMessage status)
    {
        var report = DeviceMessageTranslator.ToStatusReport(status, time.GetUtcNow());
        if (await grains.GetDevice(new DeviceId(status.DeviceId)).ReportStatusAsync(report))
        {
            return IngestResult.Stored();
        }

        var rejection = DeviceRegistryRejections.Unknown(status.DeviceId);
        await acks.SendAsync(status.DeviceId, DeviceMessageTranslator.ToRejectedAck(status.MessageId, rejection));
        return IngestResult.Rejected(rejection);
    }
}
