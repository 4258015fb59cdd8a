namespace ResponseCentre.Gateway.Security;

/// <summary>
/// A bridge that publishes for many devices (zigbee2mqtt): its MQTT user name, which is also the
/// only client id it may connect with, its secret's hash (<see cref="Grains.Abstractions.Devices.DeviceCredential"/>:
/// base64 salt and HMAC-SHA256), and the base topic it publishes under. It speaks only for the
/// devices registered behind it (the registration's bridge name). Configuration <c>Gateway:Broker:Bridges</c>.
/// </summary>
public sealed class BridgeAccount
{
    /// <summary>zigbee2mqtt's default <c>mqtt.base_topic</c>.</summary>
    public const string DefaultBaseTopic = "zigbee2mqtt";

    public string UserName { get; set; } = "";

    public string Salt { get; set; } = "";

    public string Hash { get; set; } = "";

    /// <summary>The topic level the bridge publishes and subscribes under, as zigbee2mqtt's <c>mqtt.base_topic</c>; one per bridge.</summary>
    public string BaseTopic { get; set; } = DefaultBaseTopic;
}
