using System.Buffers;
using System.Globalization;
using Microsoft.Extensions.Logging;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Protocol;
using ResponseCentre.Protocol.Telemetry;
using ResponseCentre.Protocol.Zigbee2Mqtt;

namespace ResponseCentre.Gateway.Ingest;

/// <summary>
/// Off-the-shelf Zigbee sensors through zigbee2mqtt: a state message of a registered device becomes
/// readings and alarms, stored as the centre's own devices' are. zigbee2mqtt reads no acks and its
/// messages carry no message id, so the id is made from the arrival time: a redelivered alarm then
/// counts as a repeat of the same kind and joins the open incident (the de-duplication window).
/// </summary>
internal sealed class ZigbeeIngest(
    IGrainFactory grains, TelemetryIngest telemetry, TimeProvider time, ILogger<ZigbeeIngest> logger)
{
    /// <summary>Stores a state; when <paramref name="bridge"/> (the publishing bridge account) is known, the device must be registered behind it.</summary>
    public async Task<IngestResult> ProcessAsync(string deviceId, ReadOnlySequence<byte> payload, string? bridge = null)
    {
        var read = Zigbee2MqttReader.Read(payload);
        if (!read.IsValid)
        {
            return IngestResult.Rejected(read.Rejection);
        }

        if (read.Message.IsEmpty)
        {
            return IngestResult.Ignored();
        }

        try
        {
            var device = grains.GetDevice(new DeviceId(deviceId));
            // Checked before the touch, so a bridge cannot even keep another bridge's device looking alive.
            if (bridge is not null && (await device.GetAssignmentAsync())?.Bridge != bridge)
            {
                return IngestResult.Rejected(DeviceRegistryRejections.NotBehindBridge(deviceId, bridge));
            }

            var assignment = await device.TouchAsync(time.GetUtcNow());
            if (assignment is null)
            {
                return IngestResult.Rejected(DeviceRegistryRejections.Unknown(deviceId));
            }

            var now = time.GetUtcNow();
            var messageId = "z2m-" + now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
            if (read.Message.Readings.Count > 0)
            {
                await telemetry.StoreAsync(assignment, new TelemetryBatch(deviceId, messageId, now, read.Message.Readings));
            }

            var resident = grains.GetResident(assignment.Resident);
            foreach (var kind in read.Message.Alarms)
            {
                var alarm = new AlarmEventMessage(deviceId, $"{messageId}-{kind}", kind, now);
                var raised = await resident.RaiseAlarmAsync(DeviceMessageTranslator.ToRaiseAlarm(alarm, now));
                GatewayLog.AlarmStored(logger, alarm.MessageId, deviceId, raised.Incident.Value, raised.WasRedelivery);
            }

            return IngestResult.Stored();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            GatewayLog.TelemetryNotStored(logger, ex, "(zigbee2mqtt state)", deviceId);
            return IngestResult.Failed(ex);
        }
    }
}
