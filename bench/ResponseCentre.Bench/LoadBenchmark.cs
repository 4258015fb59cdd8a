using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ResponseCentre.Bench.Load;
using ResponseCentre.Testing;
using Xunit;

namespace ResponseCentre.Bench;

/// <summary>
/// <c>load</c>: ingest throughput, alarm latency under load, memory per resident grain and per idle
/// connection, and escalation deadline lateness under load; each beside a peer in the same run
/// (Mosquitto for the broker figures, plain .NET timers for the deadlines).
/// </summary>
internal static class LoadBenchmark
{
    public static async Task<List<string>> RunAsync(string[] args)
    {
        var options = LoadOptions.Parse(args);
        if (!LoadMosquitto.IsInstalled)
        {
            throw new InvalidOperationException($"{LoadMosquitto.Executable} is missing: apt-get install -y mosquitto");
        }

        var report = new LoadReport(options) { LoadAverageAtStart = LoadAverage() };
        await using (var influx = options.Influx ? await InfluxProcess.StartAsync() : null)
        {
            await RunOursAsync(options, influx?.Url, report);
        }

        await RunMosquittoAsync(options, report);
        await RunMemoryAsync(options, report);
        report.LoadAverageAtEnd = LoadAverage();
        return report.Lines();
    }

    public static void Progress(string line) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{DateTime.Now:HH:mm:ss} load {LoadAverage()}] {line}"));

    /// <summary>The 1-minute load average: other processes on the machine compete for its cores.</summary>
    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    /// <summary>Phases 1, 2 and 4 in one app, with one generator process, so both stay warm.</summary>
    private static async Task RunOursAsync(LoadOptions options, string? influxUrl, LoadReport report)
    {
        var app = await StartAppAsync(LoadSettings(influxUrl));
        try
        {
            await LatenessUnderLoadPhase.UseBenchmarkPoliciesAsync(app.Services.GetRequiredService<IGrainFactory>());
            await using var generator = await LoadWorkerProcess.StartAsync(new LoadSpec(app.MqttPort, First: 1, options.Devices, options.Window));
            Progress("ResponseCentre: ingest");
            report.OursIngest = await IngestPhase.RunAsync(new ResponseCentreTarget(app), generator, options);
            var rate = report.OursIngest.Load.PerSecond * options.Fraction;

            Progress("ResponseCentre: alarm latency under load");
            await using (var dashboard = await DashboardListener.ConnectAsync(app.BaseAddress))
            {
                report.OursLatency = await LatencyUnderLoadPhase.RunAsync(new ResponseCentreTarget(app, dashboard), generator, options, rate);
            }

            Progress("ResponseCentre: escalation deadline lateness under load");
            (report.Deadlines, report.Timers, report.DeadlineBackground, report.Arming, report.DeadlineGc) =
                await LatenessUnderLoadPhase.RunAsync(app, generator, options, rate);
        }
        finally
        {
            await StopAppAsync(app);
        }
    }

    private static async Task RunMosquittoAsync(LoadOptions options, LoadReport report)
    {
        using var broker = await LoadMosquitto.StartAsync();
        using var consumer = await RelaySubscriber.ConnectAsync(broker.Port, "bench-consumer", alarmsOnly: false);
        using var alarms = await RelaySubscriber.ConnectAsync(broker.Port, "bench-dashboard", alarmsOnly: true);
        var target = new MosquittoTarget(broker, consumer, alarms);
        await using var generator = await LoadWorkerProcess.StartAsync(new LoadSpec(broker.Port, First: 1, options.Devices, options.Window));
        Progress("Mosquitto: ingest");
        report.MosquittoIngest = await IngestPhase.RunAsync(target, generator, options);
        Progress("Mosquitto: alarm latency under load");
        report.MosquittoLatency = await LatencyUnderLoadPhase.RunAsync(target, generator, options, report.MosquittoIngest.Load.PerSecond * options.Fraction);
    }

    private static async Task RunMemoryAsync(LoadOptions options, LoadReport report)
    {
        // Idle connections need as many registered devices: the seed's simulated block, enlarged.
        var seed = await WriteSeedAsync(Math.Max(1000, options.IdleDevices));
        var settings = LoadSettings(influxUrl: null);
        settings["Registry:SeedFile"] = seed;
        var app = await StartAppAsync(settings);
        try
        {
            Progress($"ResponseCentre: memory of {options.IdleDevices} idle connections");
            report.OursConnections = await MemoryPhase.IdleConnectionsAsync(app.MqttPort, options.IdleDevices, () =>
            {
                var (managed, rss) = ProcessMeter.Self();
                return (managed, rss);
            });
            Progress($"ResponseCentre: memory of {options.Grains} resident grains");
            await Task.Delay(TimeSpan.FromSeconds(3)); // the broker lets go of the closed connections
            report.Grains = await MemoryPhase.ResidentGrainsAsync(app.Services.GetRequiredService<IGrainFactory>(), options.Grains);
        }
        finally
        {
            await StopAppAsync(app);
            File.Delete(seed);
        }

        using var broker = await LoadMosquitto.StartAsync();
        Progress($"Mosquitto: memory of {options.IdleDevices} idle connections");
        report.MosquittoConnections = await MemoryPhase.IdleConnectionsAsync(broker.Port, options.IdleDevices,
            () => (null, ProcessMeter.RssBytes(broker.ProcessId)));
    }

    /// <summary>
    /// Per-device limits raised far above the load, so throughput is the gateway's and not the limiter's;
    /// the journal on (its store absent unless --influx); logging at Warning, so the test host's
    /// in-memory log capture neither grows nor costs.
    /// </summary>
    private static Dictionary<string, string> LoadSettings(string? influxUrl) => new()
    {
        ["Gateway:Limits:MessagesPerSecond"] = "1000000",
        ["Gateway:Limits:Burst"] = "10000000",
        ["Gateway:Limits:AlarmsPerSecond"] = "1000000",
        ["Gateway:Limits:AlarmBurst"] = "10000000",
        ["TimeSeries:Url"] = influxUrl ?? string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{FreeTcpPort.Find()}"),
        ["Logging:LogLevel:Default"] = "Warning",
    };

    private static async Task<ResponseCentreApp> StartAppAsync(Dictionary<string, string> settings)
    {
        var app = new ResponseCentreApp();
        foreach (var (key, value) in settings)
        {
            app.Settings[key] = value;
        }

        await ((IAsyncLifetime)app).InitializeAsync();
        return app;
    }

    private static Task StopAppAsync(ResponseCentreApp app) => ((IAsyncLifetime)app).DisposeAsync();

    private static async Task<string> WriteSeedAsync(int simulatedResidents)
    {
        var seed = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "seed", "demo.json")))!;
        seed["simulatedResidents"]!["count"] = simulatedResidents;
        var file = Path.Combine(Path.GetTempPath(), $"rc-bench-seed-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, seed.ToJsonString());
        return file;
    }
}
