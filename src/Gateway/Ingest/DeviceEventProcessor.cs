using System.Buffers;
using Microsoft.Extensions.Logging;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Protocol;

namespace ResponseCentre.Gateway.Ingest;

/// <summary>
/// Validates one device message and stores it in the resident's grain, whatever broker it came
/// through. The caller acknowledges the message to the device only when the result says stored or rejected.
/// </summary>
internal sealed class DeviceEventProcessor(
    IGrainFactory grains, IDeviceAckChannel acks, TimeProvider time, ILogger<DeviceEventProcessor> logger)
{
    public async Task<IngestResult> ProcessAsync(string topic, ReadOnlySequence<byte> payload)
    {
        if (!Topics.TryParseDeviceEvents(topic, out var deviceId))
        {
            return IngestResult.Rejected(new ProtocolRejection(RejectionReason.UnknownTopic, $"devices publish alarm events on {Topics.AllDeviceEvents}"));
        }

        var read = AlarmEventReader.Read(deviceId, payload);
        if (!read.IsValid)
        {
            await acks.SendAsync(deviceId, AlarmTranslator.ToRejectedAck(messageId: null, read.Rejection));
            return IngestResult.Rejected(read.Rejection);
        }

        try
        {
            return await StoreAsync(read.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            GatewayLog.AlarmNotStored(logger, ex, read.Message.MessageId, read.Message.DeviceId);
            return IngestResult.Failed(ex);
        }
    }

    private async Task<IngestResult> StoreAsync(AlarmEventMessage alarm)
    {
        var assignment = await grains.GetDevice(new DeviceId(alarm.DeviceId)).GetAssignmentAsync();
        if (assignment is null)
        {
            var rejection = new ProtocolRejection(RejectionReason.UnknownDevice, $"device '{alarm.DeviceId}' is not registered");
            await acks.SendAsync(alarm.DeviceId, AlarmTranslator.ToRejectedAck(alarm.MessageId, rejection));
            return IngestResult.Rejected(rejection);
        }

        var resident = grains.GetResident(assignment.Resident);
        if (alarm.Kind == AlarmKind.Cancel)
        {
            var cancelled = await resident.CancelAlarmAsync(AlarmTranslator.ToCancelAlarm(alarm));
            await acks.SendAsync(alarm.DeviceId, AlarmTranslator.ToCancelledAck(alarm, cancelled));
            return IngestResult.Stored();
        }

        var raised = await resident.RaiseAlarmAsync(AlarmTranslator.ToRaiseAlarm(alarm, time.GetUtcNow()));
        GatewayLog.AlarmStored(logger, alarm.MessageId, alarm.DeviceId, raised.Incident.Value, raised.WasRedelivery);
        await acks.SendAsync(alarm.DeviceId, AlarmTranslator.ToReceivedAck(alarm, raised));
        return IngestResult.Stored();
    }
}
