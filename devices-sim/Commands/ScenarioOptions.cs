using ResponseCentre.DevicesSim.Cli;
using ResponseCentre.DevicesSim.Devices;

namespace ResponseCentre.DevicesSim.Commands;

/// <summary>What <c>scenario</c> plays: one named situation in one resident's home.</summary>
internal sealed record ScenarioOptions(string Name, string DeviceId, string? MotionDeviceId, TimeSpan Step, TimeSpan? Duration, int Days, BrokerEndpoint Broker)
{
    public static readonly string[] Names = ["name", "device", "motion-device", "step", "duration", "days", .. BrokerEndpoint.OptionNames];

    public static readonly string[] Scenarios = ["fall-at-night", "stove-left-on", "dying-battery", "restless-nights"];

    public static ScenarioOptions From(OptionValues options)
    {
        var name = options.GetRequiredString("name");
        if (!Scenarios.Contains(name))
        {
            throw new FormatException($"Unknown scenario '{name}'; one of {string.Join(", ", Scenarios)}.");
        }

        return new(
            name,
            options.GetRequiredString("device"),
            options.GetStringOrNull("motion-device"),
            TimeSpan.FromSeconds(options.GetNumber<double>("step", 1, 0.01, 3600)),
            options.GetStringOrNull("duration") is null ? null : TimeSpan.FromSeconds(options.GetNumber<double>("duration", 60, 0.1, 7 * 24 * 3600)),
            options.GetNumber("days", 14, 2, 56),
            BrokerEndpoint.From(options));
    }
}
