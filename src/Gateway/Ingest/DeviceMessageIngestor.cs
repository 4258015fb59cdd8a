using System.Text;
using Microsoft.Extensions.Logging;
using MQTTnet.Packets;
using MQTTnet.Protocol;
using MQTTnet.Server;
using ResponseCentre.Gateway.Broker;
using ResponseCentre.Gateway.Limits;
using ResponseCentre.Gateway.Observability;
using ResponseCentre.Gateway.Security;
using ResponseCentre.Protocol;

namespace ResponseCentre.Gateway.Ingest;

/// <summary>
/// Handles every publish a device makes to the embedded broker: the topic must be the device's own
/// and within its rate limit (alarms beyond it wait their turn), then the message is processed. The
/// broker sends the PUBACK only after this returns, so a device is acknowledged only once its alarm
/// is stored in the resident's grain, or refused for good.
/// </summary>
internal sealed class DeviceMessageIngestor(
    DeviceMessageProcessor processor, DeviceRateLimiter limiter, GatewayMetrics metrics, RefusalLog refusals, ILogger<DeviceMessageIngestor> logger)
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
        var identity = DeviceIdentity.Of(args.SessionItems);
        IngestResult result;
        try
        {
            result = await AdmitAsync(identity, topic, args.CancellationToken)
                ?? await processor.ProcessAsync(topic, args.ApplicationMessage.Payload, args.ApplicationMessage.Retain, identity is { IsBridge: true } ? identity : null);
        }
        catch (OperationCanceledException) when (args.CancellationToken.IsCancellationRequested)
        {
            // The connection closed while its alarm waited for its turn: unacknowledged, it comes again.
            args.CloseConnection = true;
            return;
        }

        if (result.Rejection is { } rejection)
        {
            args.Response.ReasonCode = RejectionReasonCodes.For(rejection.Reason);
            args.Response.ReasonString = rejection.Detail;
            args.Response.UserProperties ??= [];
            args.Response.UserProperties.Add(new MqttUserProperty(PubAckProperties.Reason, Encoding.UTF8.GetBytes(rejection.Reason.ToString())));
            refusals.PublishRejected(logger, args.ClientId, topic, rejection.Reason, rejection.Detail);
            // An MQTT 3.1.x PUBACK would read as "received": a message to send again gets none, and the
            // closed connection makes the device keep it and resend it once reconnected.
            args.CloseConnection = PubAckProperties.IsWorthRetrying(rejection.Reason) && identity is { HearsPubAckRefusals: false };
        }
        else if (result.Failure is not null)
        {
            // Not stored, so not acknowledged: dropping the connection without a PUBACK makes the
            // device keep the message and send it again when it reconnects.
            args.CloseConnection = true;
        }
    }

    public Task InterceptSubscriptionAsync(InterceptingSubscriptionEventArgs args)
    {
        if (args.ClientId == BrokerIdentity.ClientId)
        {
            return Task.CompletedTask;
        }

        if (DeviceIdentity.Of(args.SessionItems) is not { } identity || !TopicAcl.MaySubscribe(identity, args.TopicFilter.Topic))
        {
            args.Response.ReasonCode = MqttSubscribeReasonCode.NotAuthorized;
            args.ReasonString = $"a device may subscribe only to {Topics.DeviceAcks("{its id}")}";
            args.ProcessSubscription = false;
            GatewayLog.SubscriptionRefused(logger, args.ClientId, args.TopicFilter.Topic);
        }

        return Task.CompletedTask;
    }

    public Task ForgetAsync(ClientDisconnectedEventArgs args)
    {
        limiter.Forget(args.ClientId);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Null when the publish may be processed (an alarm beyond the device's alarm rate once its turn
    /// came: alarms are paced, never refused); otherwise the refusal (counted by the processor's metrics too).
    /// </summary>
    private async ValueTask<IngestResult?> AdmitAsync(DeviceIdentity? identity, string topic, CancellationToken cancellationToken)
    {
        if (identity is null || !TopicAcl.MayPublish(identity, topic))
        {
            return Refuse(new ProtocolRejection(RejectionReason.ForeignTopic,
                $"'{topic}' is not a topic of {(identity is null ? "an unauthenticated client" : identity.Id)}; a device publishes only on its own topics"));
        }

        if (Topics.TryParseDeviceEvents(topic, out _))
        {
            await limiter.WaitForAlarmTurnAsync(identity.Id, cancellationToken);
            return null;
        }

        if (!limiter.TryAcquire(identity.Id))
        {
            return Refuse(new ProtocolRejection(RejectionReason.RateLimited,
                $"{identity.Id} publishes faster than its rate limit allows; slow down and send it again"));
        }

        return null;
    }

    private IngestResult Refuse(ProtocolRejection rejection)
    {
        metrics.Rejected(rejection.Reason);
        return IngestResult.Rejected(rejection);
    }
}
