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
    public async Task<IngestResult> ProcessAsync(string deviceId, ReadOnlySequence<byte> payload, bool retained)
    {
        // A retained status is an old one replayed by the broker, not news from the device: a stale
        // "offline" would read as a fresh disconnect.
        if (retained)
        {
            return IngestResult.Ignored();
        }

        var read = DeviceStatusReader.Read(deviceId, payload);
        if (!read.IsValid)
        {
            await acks.SendAsync(deviceId, DeviceMessageTranslator.ToRejectedAck(messageId: null, read.Rejection));
            return IngestResult.Rejected(read.Rejection);
        }

        try
        {
            var report = DeviceMessageTranslator.ToStatusReport(read.Message, time.GetUtcNow());
            if (!await grains.GetDevice(new DeviceId(deviceId)).ReportStatusAsync(report))
            {
                var rejection = DeviceRegistryRejections.Unknown(deviceId);
                await acks.SendAsync(deviceId, DeviceMessageTranslator.ToRejectedAck(read.Message.MessageId, rejection));
                return IngestResult.Rejected(rejection);
            }

            return IngestResult.Stored();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            GatewayLog.TelemetryNotStored(logger, ex, read.Message.MessageId ?? "(last-will)", deviceId);
            return IngestResult.Failed(ex);
        }
    }
}
