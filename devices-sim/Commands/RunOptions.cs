using ResponseCentre.DevicesSim.Cli;
using ResponseCentre.DevicesSim.Devices;

namespace ResponseCentre.DevicesSim.Commands;

/// <summary>What <c>run</c> simulates: devices sim-{first} onwards sending alarms at a total rate for a while.</summary>
internal sealed record RunOptions(int Residents, double AlarmsPerSecond, TimeSpan Duration, int FirstDeviceNumber, BrokerEndpoint Broker)
{
    public static readonly string[] Names = ["residents", "rate", "duration", "first", .. BrokerEndpoint.OptionNames];

    public static RunOptions From(OptionValues options) => new(
        options.GetRequiredInt32("residents", 1, 100_000),
        options.GetNumber<double>("rate", 1, 0.001, 100_000),
        TimeSpan.FromSeconds(options.GetNumber<double>("duration", 60, 0.1, 7 * 24 * 3600)),
        options.GetNumber("first", 1, 1, 1_000_000),
        BrokerEndpoint.From(options));
}
