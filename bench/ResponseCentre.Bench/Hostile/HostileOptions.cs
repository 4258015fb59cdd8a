using System.Globalization;

namespace ResponseCentre.Bench.Hostile;

/// <summary>Options of <c>hostile</c>. Defaults keep the whole run within about three minutes on two cores.</summary>
internal sealed record HostileOptions(int FloodConnections, TimeSpan FloodHold, int StormDevices, TimeSpan StormDuration, int BaselineAlarms)
{
    public const string Usage = "hostile [--flood 5000] [--flood-seconds 20] [--storm 1000] [--storm-seconds 20] [--alarms 200]";

    /// <summary>The normal device whose alarms are timed; the storm uses the seed's sim-0001 up.</summary>
    public const string ProbeDevice = "pendant-0001";

    public static HostileOptions Parse(string[] args)
    {
        double Number(string name, double fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? double.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
        }

        var options = new HostileOptions(
            (int)Number("--flood", 5000),
            TimeSpan.FromSeconds(Number("--flood-seconds", 20)),
            (int)Number("--storm", 1000),
            TimeSpan.FromSeconds(Number("--storm-seconds", 20)),
            (int)Number("--alarms", 200));
        if (options.StormDevices is < 1 or > 1000)
        {
            throw new ArgumentException("--storm must be 1 to 1000: the seed registers sim-0001 to sim-1000 with the demo secret");
        }

        return options;
    }
}
