using ResponseCentre.DevicesSim.Cli;

namespace ResponseCentre.DevicesSim.Devices;

/// <summary>Where the centre's MQTT broker listens, and the secret the simulated devices authenticate with.</summary>
internal sealed record BrokerEndpoint(string Host, int Port, string Secret)
{
    /// <summary>The secret every device in the demo seed has; a real fleet has one per device.</summary>
    public const string DemoSecret = "demo-device-secret";

    public static readonly string[] OptionNames = ["host", "port", "secret"];

    public static BrokerEndpoint From(OptionValues options) =>
        new(options.GetString("host", "127.0.0.1"), options.GetNumber("port", 1883, 1, 65535), options.GetString("secret", DemoSecret));

    public override string ToString() => $"{Host}:{Port}";
}
