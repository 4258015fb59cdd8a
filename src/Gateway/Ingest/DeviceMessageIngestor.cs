using Microsoft.Extensions.Logging;
using MQTTnet.Server;
using ResponseCentre.Gateway.Broker;

namespace ResponseCentre.Gateway.Ingest;

/// <summary>
/// Handles every publish a device makes to the embedded broker. The broker sends the PUBACK only
/// after this returns, so a device is acknowledged only once its alarm is stored in the resident's grain.
/// </summary>
internal sealed class DeviceMessageIngestor(DeviceMessageProcessor processor, ILogger<DeviceMessageIngestor> logger)
{
    public async Task InterceptAsync(InterceptingPublishEventArgs args)
    {
        if (args.ClientId == BrokerIdentity.ClientId)
        {
            return; // the centre's own acknowledgements go out to their subscribers as published
        }

        // Device messages are for the centre; the broker does not relay them to other clients.
        args.ProcessPublish = false;

        var result = await processor.ProcessAsync(args.ApplicationMessage.Topic, args.ApplicationMessage.Payload, args.ApplicationMessage.Retain);
        if (result.Rejection is { } rejection)
        {
            args.Response.ReasonCode = RejectionReasonCodes.For(rejection.Reason);
            args.Response.ReasonString = rejection.Detail;
            GatewayLog.PublishRejected(logger, args.ClientId, args.ApplicationMessage.Topic, rejection.Reason, rejection.Detail);
        }
        else if (result.Failure is not null)
        {
            // Not stored, so not acknowledged: dropping the connection without a PUBACK makes the
            // device keep the message and send it again when it reconnects.
            args.CloseConnection = true;
        }
    }
}
