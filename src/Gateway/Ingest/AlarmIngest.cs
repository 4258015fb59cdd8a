using System.Buffers;
using Microsoft.Extensions.Logging;
using ResponseCentre.Gateway.Limits;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Protocol;

namespace ResponseCentre.Gateway.Ingest;

/// <summary>Validates an alarm event and stores it in the resident's grain, which opens or joins an incident.</summary>
internal sealed class AlarmIngest(
    IGrainFactory grains, IDeviceAckChannel acks, TimestampWindow window, TimeProvider time, ILogger<AlarmIngest> logger)
{
    public Task<IngestResult> ProcessAsync(string deviceId, ReadOnlySequence<byte> payload) =>
        ReadThenStore.RunAsync(AlarmEventReader.Read(deviceId, payload), deviceId, acks, StoreAsync,
            (ex, alarm) => GatewayLog.AlarmNotStored(logger, ex, alarm.MessageId, alarm.DeviceId));

    private async Task<IngestResult> StoreAsync(AlarmEventMessage alarm)
    {
        if (window.CheckAlarm(alarm.Timestamp) is { } untrusted)
        {
            await acks.SendAsync(alarm.DeviceId, DeviceMessageTranslator.ToRejectedAck(alarm.MessageId, untrusted));
            return IngestResult.Rejected(untrusted);
        }

        var assignment = await grains.GetDevice(new DeviceId(alarm.DeviceId)).TouchAsync(time.GetUtcNow());
        if (assignment is null)
        {
            var rejection = DeviceRegistryRejections.Unknown(alarm.DeviceId);
            await acks.SendAsync(alarm.DeviceId, DeviceMessageTranslator.ToRejectedAck(alarm.MessageId, rejection));
            return IngestResult.Rejected(rejection);
        }

        var resident = grains.GetResident(assignment.Resident);
        if (alarm.Kind == AlarmKind.Cancel)
        {
            var cancelled = await resident.CancelAlarmAsync(DeviceMessageTranslator.ToCancelAlarm(alarm));
            await acks.SendAsync(alarm.DeviceId, DeviceMessageTranslator.ToCancelledAck(alarm, cancelled));
            return IngestResult.Stored();
        }

        var raised = await resident.RaiseAlarmAsync(DeviceMessageTranslator.ToRaiseAlarm(alarm, time.GetUtcNow()));
        GatewayLog.AlarmStored(logger, alarm.MessageId, alarm.DeviceId, raised.Incident.Value, raised.WasRedelivery);
        await acks.SendAsync(alarm.DeviceId, DeviceMessageTranslator.ToReceivedAck(alarm, raised));
        return IngestResult.Stored();
    }
}
