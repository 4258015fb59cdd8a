using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet.Protocol;
using ResponseCentre.Gateway.Broker;
using ResponseCentre.Gateway.Observability;

namespace ResponseCentre.Gateway.Connections;

/// <summary>The per-connection rules the broker applies at CONNECT, before authentication.</summary>
internal sealed class ConnectionPolicy(
    IOptions<ConnectionLimitsOptions> limits, IOptions<BrokerOptions> broker, GatewayMetrics metrics, RefusalLog refusals, ILogger<ConnectionPolicy> logger)
{
    /// <summary>The packet limit for a client that says it is <paramref name="userName"/> (checked by authentication right after).</summary>
    public int PacketLimitFor(string? userName) => broker.Value.Bridges.Exists(b => b.UserName == userName)
        ? limits.Value.MaxBridgePacketBytes
        : limits.Value.MaxPacketBytes;

    public static bool HasWildcard(string? topic) => topic is not null && topic.AsSpan().IndexOfAny('+', '#') >= 0;

    public void WildcardWillRefused(string? clientId, string? userName, EndPoint? endpoint)
    {
        metrics.ConnectionRefused(MqttConnectReasonCode.TopicNameInvalid);
        refusals.ConnectionRefused(logger, clientId, userName, endpoint?.ToString(), MqttConnectReasonCode.TopicNameInvalid, "a will topic with wildcards");
    }
}
