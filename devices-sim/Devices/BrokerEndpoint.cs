using ResponseCentre.DevicesSim.Cli;

namespace ResponseCentre.DevicesSim.Devices;

/// <summary>Where the centre's MQTT broker listens.</summary>
internal sealed record BrokerEndpoint(string Host, int Port)
{
    public static readonly string[] OptionNames = ["host", "port"];

    public static BrokerEndpoint From(OptionValues options) =>
        new(options.GetString("host", "127.0.0.1"), options.GetNumber("port", 1883, 1, 65535));

    public override string ToString() => $"{Host}:{Port}";
}
