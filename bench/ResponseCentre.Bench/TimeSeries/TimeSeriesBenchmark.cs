using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.Testing;
using ResponseCentre.TimeSeries;

namespace ResponseCentre.Bench;

/// <summary>
/// Telemetry through <see cref="ITelemetrySink"/> into a local influxd (started like the tests'), with
/// the store's default settings (batches of 5,000, 15 s circuit breaker):
/// 1. throughput: points per second from WriteAsync until InfluxDB acknowledged them all;
/// 2. outage: influxd killed, <c>rate x outage seconds</c> points written as fast as the journal takes
///    them, influxd started again, and the time until the journal is drained, every point counted back.
/// Usage: <c>timeseries [--points N] [--outage-seconds S]</c> (defaults 500,000 and 300).
/// </summary>
public static class TimeSeriesBenchmark
{
    // A gateway writes each device message's readings in one call, many messages at once.
    private const int Writers = 64;
    private const int PointsPerCall = 10;
    private const int Residents = 1000;
    private static readonly SensorMetric[] Metrics = Enum.GetValues<SensorMetric>();
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task<List<string>> RunAsync(string[] args)
    {
        var points = Option(args, "--points", 500_000);
        var outageSeconds = Option(args, "--outage-seconds", 300);
        var folder = Path.Combine(Path.GetTempPath(), "rc-bench-timeseries-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var influx = await InfluxProcess.StartAsync();
            using var host = await StartStoreAsync(influx.Url, Path.Combine(folder, "telemetry-buffer.db"));
            var sink = host.Services.GetRequiredService<ITelemetrySink>();
            var status = host.Services.GetRequiredService<TimeSeriesStatus>();
            await WaitUntilAsync(status, s => s.State == TimeSeriesStoreState.Available, TimeSpan.FromMinutes(1));
            long next = 0;

            // Warm-up: JIT, connections, InfluxDB's first shard and series.
            next = await WriteAsync(sink, next, 50_000, latency: null);
            await WaitUntilAsync(status, s => s.PointsWritten == next && s.BufferedPoints == 0, TimeSpan.FromMinutes(5));

            // 1. Throughput.
            var latency = new LatencyRecorder();
            var clock = Stopwatch.StartNew();
            next = await WriteAsync(sink, next, points, latency);
            var accepted = clock.Elapsed;
            await WaitUntilAsync(status, s => s.PointsWritten == next && s.BufferedPoints == 0, TimeSpan.FromHours(1));
            var acknowledged = clock.Elapsed;
            var rate = points / acknowledged.TotalSeconds;

            // 2. Outage: the journal takes rate x outage seconds while influxd is away.
            var outagePoints = (int)Math.Min(int.MaxValue, rate * outageSeconds);
            influx.Stop();
            clock.Restart();
            next = await WriteAsync(sink, next, outagePoints, latency: null);
            var journaled = clock.Elapsed;
            var buffered = status.BufferedPoints;
            var journalBytes = Directory.EnumerateFiles(folder).Sum(file => new FileInfo(file).Length);

            var written = status.PointsWritten;
            clock.Restart();
            await influx.StartAgainAsync();
            var influxUp = clock.Elapsed;
            await WaitUntilAsync(status, s => s.PointsWritten > written, TimeSpan.FromHours(1));
            var firstAcknowledged = clock.Elapsed;
            await WaitUntilAsync(status, s => s.BufferedPoints == 0, TimeSpan.FromHours(2));
            var drained = clock.Elapsed;
            var replayRate = buffered / (drained - firstAcknowledged).TotalSeconds;

            var stored = await CountAsync(influx, host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TimeSeriesOptions>>().Value.Database);

            List<string> table =
            [
                $"Telemetry through ITelemetrySink into InfluxDB 1.6.7 (local influxd): {Writers} writers x {PointsPerCall} points per call, batches of 5,000, default breaker (15 s)",
                "",
                "| phase | points | seconds | points/s |",
                "|---|---|---|---|",
                Row("throughput: WriteAsync returned (journaled, fsynced)", points, accepted),
                Row("throughput: acknowledged by InfluxDB (end to end)", points, acknowledged),
                Row($"outage: journaled while influxd is down ({outageSeconds} s at the end-to-end rate)", outagePoints, journaled),
                Row("outage: replay, influxd start until journal empty", buffered, drained),
                "",
                Text($"WriteAsync latency during the throughput phase (journal group commit): p50 {latency.Summarise().P50Ms:F2} ms, p99 {latency.Summarise().P99Ms:F2} ms, max {latency.Summarise().MaxMs:F2} ms over {latency.Count} calls"),
                Text($"Replay: influxd answered after {influxUp.TotalSeconds:F1} s; first batch acknowledged after {firstAcknowledged.TotalSeconds:F1} s (the breaker's probe); journal empty after {drained.TotalSeconds:F1} s, {replayRate:F0} points/s once flowing"),
                Text($"Journal at the end of the outage: {buffered} points, {journalBytes / (1024.0 * 1024.0):F0} MiB on disk"),
                Text($"InfluxDB holds {stored} points of {next} sent ({(stored == next ? "none lost" : $"{next - stored} MISSING")})"),
            ];
            await host.StopAsync();
            return table;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>Writes points [first, first + count) from <see cref="Writers"/> callers at once; returns the next index.</summary>
    private static async Task<long> WriteAsync(ITelemetrySink sink, long first, int count, LatencyRecorder? latency)
    {
        var calls = (count + PointsPerCall - 1) / PointsPerCall;
        await Parallel.ForEachAsync(Enumerable.Range(0, calls), new ParallelOptions { MaxDegreeOfParallelism = Writers }, async (call, cancellationToken) =>
        {
            var start = first + ((long)call * PointsPerCall);
            var size = (int)Math.Min(PointsPerCall, first + count - start);
            var batch = new TelemetryPoint[size];
            for (var i = 0; i < size; i++)
            {
                batch[i] = Point(start + i);
            }

            var began = Stopwatch.GetTimestamp();
            await sink.WriteAsync(batch, cancellationToken);
            latency?.Record(began, Stopwatch.GetTimestamp());
        });
        return first + count;
    }

    // Point n: resident n % 1000, then each metric in turn, one millisecond later per round, so no two
    // points share a series and time (InfluxDB would keep one) and every point can be counted back.
    private static TelemetryPoint Point(long n)
    {
        var resident = (n % Residents).ToString("D4", CultureInfo.InvariantCulture);
        var metric = Metrics[n / Residents % Metrics.Length];
        return new TelemetryPoint("r-" + resident, "bench", "dev-" + resident, metric, n % 1000 / 10.0,
            T0.AddMilliseconds(n / (Residents * Metrics.Length)));
    }

    private static async Task<long> CountAsync(InfluxProcess influx, string database)
    {
        long total = 0;
        foreach (var metric in Metrics)
        {
            var rows = await influx.RowsAsync(database, $"SELECT count(value) FROM \"{LineProtocol.MeasurementOf(metric)}\"");
            total += rows.Sum(row => row[1].GetInt64());
        }

        return total;
    }

    private static async Task<IHost> StartStoreAsync(string url, string bufferPath)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TimeSeries:Url"] = url,
            ["TimeSeries:BufferPath"] = bufferPath,
        });
        builder.Services.AddLogging();
        builder.AddTimeSeriesStore();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static async Task WaitUntilAsync(TimeSeriesStatus status, Func<TimeSeriesStatus, bool> condition, TimeSpan timeout)
    {
        var met = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check(object? sender, EventArgs e)
        {
            if (condition(status))
            {
                met.TrySetResult();
            }
        }

        status.Changed += Check;
        try
        {
            Check(null, EventArgs.Empty);
            await met.Task.WaitAsync(timeout);
        }
        finally
        {
            status.Changed -= Check;
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string Row(string phase, long points, TimeSpan elapsed) =>
        Text($"| {phase} | {points:N0} | {elapsed.TotalSeconds:F1} | {points / elapsed.TotalSeconds:N0} |");

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
