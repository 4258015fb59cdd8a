using Microsoft.Extensions.Logging;
using MQTTnet.Server;
using ResponseCentre.Gateway.Broker;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Protocol;

namespace ResponseCentre.Gateway.Ingest;

/// <summary>
/// Handles every publish a device makes. The broker sends the PUBACK only after this returns,
/// so a device is acknowledged only once its alarm is stored in the resident's grain.
/// </summary>
internal sealed class DeviceMessageIngestor(
    IGrainFactory grains, DeviceAcknowledger acknowledger, TimeProvider time, ILogger<DeviceMessageIngestor> logger)
{
    public async Task InterceptAsync(InterceptingPublishEventArgs args)
    {
        if (args.ClientId == BrokerIdentity.ClientId)
        {
            return; // the centre's own acknowledgements go out to their subscribers as published
        }

        // Device messages are for the centre; the broker does not relay them to other clients.
        args.ProcessPublish = false;

        var topic = args.ApplicationMessage.Topic;
        if (!Topics.TryParseDeviceEvents(topic, out var deviceId))
        {
            Reject(args, new ProtocolRejection(RejectionReason.UnknownTopic, $"devices publish alarm events on {Topics.AllDeviceEvents}"));
            return;
        }

        var read = AlarmEventReader.Read(deviceId, args.ApplicationMessage.Payload);
        if (!read.IsValid)
        {
            Reject(args, read.Rejection);
            await acknowledger.SendAsync(deviceId, AlarmTranslator.ToRejectedAck(messageId: null, read.Rejection));
            return;
        }

        await StoreAlarmAsync(args, read.Message);
    }

    private async Task StoreAlarmAsync(InterceptingPublishEventArgs args, AlarmEventMessage alarm)
    {
        try
        {
            var assignment = await grains.GetDevice(new DeviceId(alarm.DeviceId)).GetAssignmentAsync();
            if (assignment is null)
            {
                var rejection = new ProtocolRejection(RejectionReason.UnknownDevice, $"device '{alarm.DeviceId}' is not registered");
                Reject(args, rejection);
                await acknowledger.SendAsync(alarm.DeviceId, AlarmTranslator.ToRejectedAck(alarm.MessageId, rejection));
                return;
            }

            var resident = grains.GetResident(assignment.Resident);
            if (alarm.Kind == AlarmKind.Cancel)
            {
                var cancelled = await resident.CancelAlarmAsync(AlarmTranslator.ToCancelAlarm(alarm));
                await acknowledger.SendAsync(alarm.DeviceId, AlarmTranslator.ToCancelledAck(alarm, cancelled));
                return;
            }

            var raised = await resident.RaiseAlarmAsync(AlarmTranslator.ToRaiseAlarm(alarm, time.GetUtcNow()));
            GatewayLog.AlarmStored(logger, alarm.MessageId, alarm.DeviceId, raised.Incident.Value, raised.WasRedelivery);
            await acknowledger.SendAsync(alarm.DeviceId, AlarmTranslator.ToReceivedAck(alarm, raised));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not stored, so not acknowledged: dropping the connection without a PUBACK makes the
            // device keep the message and send it again when it reconnects.
            GatewayLog.AlarmNotStored(logger, ex, alarm.MessageId, alarm.DeviceId);
            args.CloseConnection = true;
        }
    }

    private void Reject(InterceptingPublishEventArgs args, ProtocolRejection rejection)
    {
        args.Response.ReasonCode = RejectionReasonCodes.For(rejection.Reason);
        args.Response.ReasonString = rejection.Detail;
        GatewayLog.PublishRejected(logger, args.ClientId, args.ApplicationMessage.Topic, rejection.Reason, rejection.Detail);
    }
}
