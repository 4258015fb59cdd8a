using System.Globalization;

namespace ResponseCentre.Bench.Load;

/// <summary>
/// A load generator's connections: devices <c>sim-{First}</c> onwards, each on its own MQTT
/// connection with up to <see cref="Window"/> QoS 1 publishes in flight. <see cref="Idle"/>: connect,
/// subscribe to the acks and publish nothing.
/// </summary>
internal sealed record LoadSpec(int Port, int First, int Count, int Window, bool Idle = false)
{
    public IEnumerable<string> ToArgs() =>
    [
        "--port", Text(Port), "--first", Text(First), "--count", Text(Count), "--window", Text(Window), .. Idle ? ["--idle"] : Array.Empty<string>(),
    ];

    public static LoadSpec Parse(string[] args)
    {
        int Value(string name) => int.Parse(args[Array.IndexOf(args, name) + 1], CultureInfo.InvariantCulture);
        return new LoadSpec(Value("--port"), Value("--first"), Value("--count"), Value("--window"), args.Contains("--idle"));
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// What the generator sends until stopped: <see cref="Rate"/> messages per second in all (0: as fast
/// as PUBACKs come back); every <see cref="AlarmEvery"/>th message an alarm (0: telemetry only) of the
/// device's own kind, as a pendant or a smoke detector sends one kind.
/// </summary>
internal sealed record LoadRun(double Rate, int AlarmEvery)
{
    public string ToCommand() => string.Create(CultureInfo.InvariantCulture, $"go {Rate:R} {AlarmEvery}");

    public static LoadRun Parse(string command)
    {
        var parts = command.Split(' ');
        return new LoadRun(double.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture));
    }
}

/// <summary>What a generator counted between "go" and "stop": PUBACKs by outcome, and its own CPU time.</summary>
internal sealed record LoadResult(
    double Seconds, long Alarms, long Telemetry, long Failed, Dictionary<string, long> Rejected, double CpuSeconds)
{
    public long Acknowledged => Alarms + Telemetry;

    public double PerSecond => Acknowledged / Seconds;

    public long RejectedCount => Rejected.Values.Sum();

    public string DescribeRejected() => Rejected.Count == 0
        ? "0"
        : string.Create(CultureInfo.InvariantCulture, $"{RejectedCount} ({string.Join(", ", Rejected.Select(pair => $"{pair.Key} {pair.Value}"))})");
}
