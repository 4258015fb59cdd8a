using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet.Protocol;
using MQTTnet.Server;
using ResponseCentre.Gateway.Observability;
using ResponseCentre.Gateway.Security;

namespace ResponseCentre.Gateway.Connections;

/// <summary>
/// The door in front of authentication: a full broker answers CONNACK 0x89 (server busy), and a
/// CONNECT is authenticated only in one of the handshake limiter's slots.
/// </summary>
internal sealed class ConnectionGate(
    DeviceAuthenticator authenticator, ConnectionAdmission admission, HandshakeLimiter handshakes, IOptions<ConnectionLimitsOptions> options,
    GatewayMetrics metrics, RefusalLog refusals, ILogger<ConnectionGate> logger)
{
    public async Task ValidateAsync(ValidatingConnectionEventArgs args)
    {
        // This connection is counted among the established ones already.
        if (admission.Established > options.Value.MaxConnections)
        {
            Refuse(args, $"the broker holds its limit of {options.Value.MaxConnections} connections");
            return;
        }

        using var slot = await handshakes.TryEnterAsync(args.CancellationToken);
        if (slot is null)
        {
            Refuse(args, "too many devices are connecting at once; try again shortly");
            return;
        }

        await authenticator.ValidateAsync(args);
    }

    private void Refuse(ValidatingConnectionEventArgs args, string reason)
    {
        args.ReasonCode = MqttConnectReasonCode.ServerBusy;
        args.ReasonString = reason;
        metrics.ConnectionRefused(MqttConnectReasonCode.ServerBusy);
        refusals.ConnectionRefused(logger, args.ClientId, args.UserName, args.RemoteEndPoint?.ToString(), MqttConnectReasonCode.ServerBusy, reason);
    }
}
