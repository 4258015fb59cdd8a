namespace ResponseCentre.Bench.Load;

/// <summary>
/// What the ingest phase measured: the generator's counts, the server's CPU time and, for Mosquitto,
/// what it relayed and the CPU time of the subscriber that consumed it (this process).
/// </summary>
internal sealed record IngestFigures(LoadResult Load, double ServerCpuSeconds, long? Relayed, double? ConsumerCpuSeconds)
{
    /// <summary>Server CPU time per acknowledged message, in microseconds.</summary>
    public double ServerCpuMicrosPerMessage => ServerCpuSeconds * 1e6 / Math.Max(1, Load.Acknowledged);

    public double GeneratorCpuMicrosPerMessage => Load.CpuSeconds * 1e6 / Math.Max(1, Load.Acknowledged);

    public double? RelayedPerSecond => Relayed / Load.Seconds;

    public double? ConsumerCpuMicrosPerMessage => ConsumerCpuSeconds * 1e6 / Math.Max(1, Relayed ?? 0);
}

/// <summary>
/// Phase 1: QoS 1 alarms and telemetry as fast as PUBACKs come back, from the generator's
/// connections, each keeping a window in flight. A warm-up run first (until the JIT has tiered up the
/// hot paths of both processes, which takes some 25 s on two cores), then the measured run.
/// </summary>
internal static class IngestPhase
{
    public static async Task<IngestFigures> RunAsync(ILoadTarget target, LoadWorkerProcess generator, LoadOptions options)
    {
        var run = new LoadRun(Rate: 0, options.AlarmEvery);
        LoadBenchmark.Progress($"  {generator.Connected} devices connected ({generator.ConnectFailures} failed); warming up {options.WarmUp.TotalSeconds} s");
        await generator.GoAsync(run);
        await Task.Delay(options.WarmUp);
        await generator.StopAsync();

        var relayedBefore = target.Relayed;
        var cpuBefore = ProcessMeter.CpuTime(target.ServerProcessId);
        var consumerCpuBefore = ProcessMeter.CpuTime(Environment.ProcessId);
        await generator.GoAsync(run);
        await Task.Delay(options.Duration);
        var load = await generator.StopAsync();
        var cpu = ProcessMeter.CpuTime(target.ServerProcessId) - cpuBefore;
        var consumerCpu = ProcessMeter.CpuTime(Environment.ProcessId) - consumerCpuBefore;
        var relayed = target.Relayed - relayedBefore;
        var figures = new IngestFigures(load, cpu.TotalSeconds, relayed, relayed is null ? null : consumerCpu.TotalSeconds);
        LoadBenchmark.Progress($"  {load.PerSecond:F0} msg/s acknowledged, rejected {load.DescribeRejected()}, failed {load.Failed}");

        await target.SettleAsync(); // a consumer that fell behind (Mosquitto's subscriber) catches up before the next phase
        return figures;
    }
}
