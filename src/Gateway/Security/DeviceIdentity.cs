using MQTTnet.Formatter;

namespace ResponseCentre.Gateway.Security;

/// <summary>
/// Who an MQTT connection authenticated as: one device, or a bridge (zigbee2mqtt) speaking for the
/// devices registered behind it under its own base topic; and the MQTT version it spoke at CONNECT.
/// </summary>
internal sealed record DeviceIdentity(string Id, bool IsBridge, MqttProtocolVersion ProtocolVersion)
{
    private const string SessionKey = "rc.identity";

    /// <summary>A bridge's base topic (zigbee2mqtt's <c>mqtt.base_topic</c>); null for a device.</summary>
    public string? BaseTopic { get; init; }

    /// <summary>
    /// MQTT 5 PUBACKs carry a reason code; an MQTT 3.1.x PUBACK only ever says "received", so a
    /// refusal the device should resend must not be acknowledged there at all.
    /// </summary>
    public bool HearsPubAckRefusals => ProtocolVersion >= MqttProtocolVersion.V500;

    public static DeviceIdentity? Of(System.Collections.IDictionary? sessionItems) =>
        sessionItems?[SessionKey] as DeviceIdentity;

    public void StoreIn(System.Collections.IDictionary sessionItems) => sessionItems[SessionKey] = this;
}
