using System.Diagnostics;
using System.Globalization;
using MQTTnet;

namespace ResponseCentre.Bench.Load;

/// <summary>
/// Phase 2's figures: alarm latency, alarms whose arrival was not seen within 10 s, the background
/// load reached, and the garbage collections in this process (ours: the whole app; Mosquitto's: the subscriber).
/// </summary>
internal sealed record LatencyFigures(LatencySummary Latency, int Lost, LoadResult Background, GcActivity Gc);

/// <summary>
/// Phase 2: telemetry at a fraction of the target's own measured ingest rate from the generator,
/// while alarms go out one at a time from other devices (sim-0801 upwards) and each is timed
/// from its publish to its arrival at the consumer. Each alarm is a new (device, kind) pair, so every
/// one opens an incident of its own rather than joining an open one.
/// </summary>
internal static class LatencyUnderLoadPhase
{
    private const int FirstProbeDevice = 801;
    private const int ProbeDevices = 200;
    private const int WarmUpAlarms = 50;

    public static async Task<LatencyFigures> RunAsync(ILoadTarget target, LoadWorkerProcess generator, LoadOptions options, double telemetryRate)
    {
        var probes = await ConnectProbesAsync(target.Port);
        try
        {
            await generator.GoAsync(new LoadRun(telemetryRate, AlarmEvery: 0));
            await Task.Delay(TimeSpan.FromSeconds(2)); // the background load reaches its rate
            target.WatchAlarms(true);
            var recorder = new LatencyRecorder();
            var lost = 0;
            var gc = GcActivity.Now();
            var clock = Stopwatch.StartNew();
            var limit = Math.Min(options.LatencyAlarms + WarmUpAlarms, ProbeDevices * DeviceMessages.AlarmKindCount);
            for (var n = 0; n < limit && clock.Elapsed < options.Duration; n++)
            {
                var (deviceId, client) = probes[n % ProbeDevices];
                var stamp = DateTimeOffset.UtcNow;
                var alarm = DeviceMessages.Alarm(deviceId, string.Create(CultureInfo.InvariantCulture, $"latency-{stamp.Ticks}"),
                    DeviceMessages.AlarmKindAt(n / ProbeDevices), stamp);
                var start = Stopwatch.GetTimestamp();
                var puback = await client.PublishAsync(alarm);
                if (!puback.IsSuccess)
                {
                    throw new InvalidOperationException($"Alarm {n} from {deviceId} was refused: {puback.ReasonCode} {puback.ReasonString}");
                }

                try
                {
                    var received = await target.WaitForAlarmAsync(deviceId, stamp);
                    if (n >= WarmUpAlarms)
                    {
                        recorder.Record(start, received);
                    }
                }
                catch (OperationCanceledException)
                {
                    lost++;
                }
            }

            target.WatchAlarms(false);
            var collections = GcActivity.Now().Since(gc);
            var background = await generator.StopAsync();
            var latency = recorder.Count > 0 ? recorder.Summarise() : new LatencySummary(0, double.NaN, double.NaN, double.NaN);
            LoadBenchmark.Progress(string.Create(CultureInfo.InvariantCulture,
                $"  {latency.Count} alarms: p50 {latency.P50Ms:F2} ms, p99 {latency.P99Ms:F2} ms, max {latency.MaxMs:F2} ms, {lost} lost; background {background.PerSecond:F0} msg/s"));
            return new LatencyFigures(latency, lost, background, collections);
        }
        finally
        {
            foreach (var (_, client) in probes)
            {
                client.Dispose();
            }
        }
    }

    private static async Task<List<(string DeviceId, IMqttClient Client)>> ConnectProbesAsync(int port)
    {
        var probes = new List<(string, IMqttClient)>();
        for (var n = FirstProbeDevice; n < FirstProbeDevice + ProbeDevices; n++)
        {
            var deviceId = DeviceMessages.DeviceId(n);
            var client = new MqttClientFactory().CreateMqttClient();
            await client.ConnectAsync(DeviceMessages.ClientOptions(port, deviceId));
            probes.Add((deviceId, client));
        }

        return probes;
    }
}
