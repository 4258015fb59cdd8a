namespace ResponseCentre.Gateway.Security;

/// <summary>
/// A bridge that publishes for many devices (zigbee2mqtt): its MQTT user name and its secret's
/// hash (<see cref="Grains.Abstractions.Devices.DeviceCredential"/>: base64 salt and HMAC-SHA256).
/// Configuration <c>Gateway:Broker:Bridges</c>.
/// </summary>
public sealed class BridgeAccount
{
    public string UserName { get; set; } = "";

    public string Salt { get; set; } = "";

    public string Hash { get; set; } = "";
}
