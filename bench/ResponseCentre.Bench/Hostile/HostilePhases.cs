using ResponseCentre.Bench.Load;
using ResponseCentre.Testing;

namespace ResponseCentre.Bench.Hostile;

/// <summary>The two scenarios against one target, each with a freshly connected normal device whose alarms are timed before and during.</summary>
internal static class HostilePhases
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);

    public static async Task<FloodFigures> FloodAsync(HostileTarget target, HostileOptions options)
    {
        await using var device = await TestDevice.ConnectAsync(target.MqttPort, HostileOptions.ProbeDevice);
        var probe = new AlarmProbe(device);
        var before = await probe.PublishAsync(options.BaselineAlarms);
        var failuresBefore = probe.Failures;
        var (serverBefore, benchBefore) = (target.ServerRss(), ProcessMeter.Self().Rss);

        HostileBenchmark.Progress($"{target.Name}: flood of {options.FloodConnections} connections that never send CONNECT");
        using var flood = await ConnectionFlood.OpenAsync(target.MqttPort, options.FloodConnections);
        HostileBenchmark.Progress($"  {flood.Established} established, {flood.NotEstablished} not, in {flood.OpeningTook.TotalSeconds:F1} s; holding {options.FloodHold.TotalSeconds:F0} s");
        using var hold = new CancellationTokenSource(options.FloodHold);
        var health = target.HealthBase is { } address ? HealthProbe.PollUntilAsync(address, hold.Token) : null;
        var during = await probe.PublishUntilAsync(hold.Token);
        var (serverDuring, benchDuring) = (target.ServerRss(), ProcessMeter.Self().Rss);
        var (healthLatency, healthFailures) = health is null ? (null, 0) : await health;
        var figures = new FloodFigures(before, during, probe.Failures - failuresBefore, healthLatency, healthFailures,
            flood.Attempted, flood.Established, flood.NotEstablished, flood.ClosedByServer, flood.TimeToClose, flood.OpeningTook,
            serverBefore, serverDuring, benchBefore, benchDuring);
        flood.Dispose();
        await Task.Delay(Settle); // the server lets go of the flood's connections before the next phase
        return figures;
    }

    public static async Task<StormFigures> StormAsync(HostileTarget target, HostileOptions options)
    {
        await using var device = await TestDevice.ConnectAsync(target.MqttPort, HostileOptions.ProbeDevice);
        var probe = new AlarmProbe(device);
        var before = await probe.PublishAsync(options.BaselineAlarms);
        var failuresBefore = probe.Failures;

        HostileBenchmark.Progress($"{target.Name}: reconnect storm of {options.StormDevices} devices for {options.StormDuration.TotalSeconds:F0} s");
        using var stop = new CancellationTokenSource(options.StormDuration);
        var storm = ReconnectStorm.RunAsync(target.MqttPort, options.StormDevices, options.StormDuration);
        var during = await probe.PublishUntilAsync(stop.Token);
        var result = await storm;
        HostileBenchmark.Progress($"  {result.Completed} handshakes ({result.HandshakesPerSecond:F0}/s), {result.Refused} refused, {result.Failed} failed");
        await Task.Delay(Settle);
        return new StormFigures(before, during, probe.Failures - failuresBefore, result);
    }
}
