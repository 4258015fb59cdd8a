using MQTTnet;
using MQTTnet.Packets;
using ResponseCentre.Protocol;

namespace ResponseCentre.Testing;

public static class PubAckReason
{
    /// <summary>The rejection named by a refused PUBACK's <c>reason</c> user property, or null when it carries none.</summary>
    public static string? RejectionName(this MqttClientPublishResult result) =>
        result.UserProperties?.FirstOrDefault(p => p.Name == PubAckProperties.Reason)?.ReadValueAsString();
}
