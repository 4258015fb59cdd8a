using MQTTnet.Formatter;
using ResponseCentre.DevicesSim.Cli;

namespace ResponseCentre.DevicesSim.Devices;

/// <summary>Where the centre's MQTT broker listens, the secret the simulated devices authenticate with, and the MQTT version they speak.</summary>
internal sealed record BrokerEndpoint(string Host, int Port, string Secret, MqttProtocolVersion Version = MqttProtocolVersion.V500)
{
    /// <summary>The secret every device in the demo seed has; a real fleet has one per device.</summary>
    public const string DemoSecret = "demo-device-secret";

    public static readonly string[] OptionNames = ["host", "port", "secret", "mqtt"];

    public static BrokerEndpoint From(OptionValues options) =>
        new(options.GetString("host", "127.0.0.1"), options.GetNumber("port", 1883, 1, 65535), options.GetString("secret", DemoSecret),
            VersionFrom(options.GetString("mqtt", "5")));

    public override string ToString() => $"{Host}:{Port}";

    private static MqttProtocolVersion VersionFrom(string text) => text switch
    {
        "5" => MqttProtocolVersion.V500,
        "3.1.1" => MqttProtocolVersion.V311,
        _ => throw new FormatException($"Option '--mqtt' must be 5 or 3.1.1, not '{text}'."),
    };
}
