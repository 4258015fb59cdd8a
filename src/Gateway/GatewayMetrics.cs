using System.Diagnostics.Metrics;
using MQTTnet.Protocol;
using ResponseCentre.Protocol;

namespace ResponseCentre.Gateway;

/// <summary>The gateway's counters: what comes in, what is refused and why, and who could not connect.</summary>
public sealed class GatewayMetrics
{
    public const string MeterName = "ResponseCentre.Gateway";

    private readonly Counter<long> _messages;
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _connectionsRefused;

    public GatewayMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _messages = meter.CreateCounter<long>("responsecentre.gateway.messages", "{message}", "Device messages received, by kind.");
        _rejected = meter.CreateCounter<long>("responsecentre.gateway.rejected", "{message}", "Device messages refused, by reason.");
        _connectionsRefused = meter.CreateCounter<long>("responsecentre.gateway.connections_refused", "{connection}", "MQTT connections refused, by reason.");
    }

    public void MessageIn(string kind) => _messages.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void Rejected(RejectionReason reason) => _rejected.Add(1, new KeyValuePair<string, object?>("reason", reason.ToString()));

    public void ConnectionRefused(MqttConnectReasonCode reason) =>
        _connectionsRefused.Add(1, new KeyValuePair<string, object?>("reason", reason.ToString()));
}
