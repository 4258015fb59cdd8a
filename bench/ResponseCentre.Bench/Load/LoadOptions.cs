using System.Globalization;

namespace ResponseCentre.Bench.Load;

/// <summary>
/// Options of <c>load</c>. Defaults keep the whole run within about ten minutes on two cores.
/// </summary>
internal sealed record LoadOptions(
    TimeSpan Duration,
    TimeSpan WarmUp,
    int Devices,
    int Window,
    int AlarmEvery,
    double Fraction,
    int LatencyAlarms,
    int Grains,
    int IdleDevices,
    int Deadlines,
    bool Influx)
{
    public const string Usage =
        "load [--seconds 20] [--warmup 30] [--devices 200] [--window 16] [--alarm-every 20] [--fraction 0.5] " +
        "[--latency-alarms 1000] [--grains 50000] [--idle-devices 10000] [--deadlines 2000] [--influx]";

    public static LoadOptions Parse(string[] args)
    {
        double Number(string name, double fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? double.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
        }

        var options = new LoadOptions(
            TimeSpan.FromSeconds(Number("--seconds", 20)),
            TimeSpan.FromSeconds(Number("--warmup", 30)),
            (int)Number("--devices", 200),
            (int)Number("--window", 16),
            (int)Number("--alarm-every", 20),
            Number("--fraction", 0.5),
            (int)Number("--latency-alarms", 1000),
            (int)Number("--grains", 50_000),
            (int)Number("--idle-devices", 10_000),
            (int)Number("--deadlines", 2000),
            args.Contains("--influx"));
        // sim-0801 and up send the latency probes' alarms; the load devices stay below them.
        if (options.Devices is < 1 or > 800)
        {
            throw new ArgumentException("--devices must be 1 to 800 (sim-0801 up send the latency probes)");
        }

        return options;
    }
}
