using System.Globalization;
using ResponseCentre.Bench.Load;
using ResponseCentre.Testing;
using Xunit;

namespace ResponseCentre.Bench.Hostile;

/// <summary>
/// <c>hostile</c>: a flood of connections that never send CONNECT, and a storm of registered devices
/// reconnecting in a loop, each while a normal device publishes alarms one at a time; against our
/// gateway and against Mosquitto in the same run. Loopback only; every phase bounded in count and time.
/// </summary>
internal static class HostileBenchmark
{
    public static async Task<List<string>> RunAsync(string[] args)
    {
        var options = HostileOptions.Parse(args);
        if (!LoadMosquitto.IsInstalled)
        {
            throw new InvalidOperationException($"{LoadMosquitto.Executable} is missing: apt-get install -y mosquitto");
        }

        var loadAtStart = LoadAverage();
        var openFiles = OpenFileLimit.RaiseToHard();
        Progress($"open file limit {openFiles} (the flood needs about {options.FloodConnections * 2 + 1000} in this process)");

        FloodFigures oursFlood, theirFlood;
        StormFigures oursStorm, theirStorm;
        var app = new ResponseCentreApp();
        foreach (var (key, value) in Settings)
        {
            app.Settings[key] = value;
        }

        await ((IAsyncLifetime)app).InitializeAsync();
        try
        {
            var ours = new HostileTarget("ResponseCentre", app.MqttPort, () => ProcessMeter.Self().Rss, app.BaseAddress); // after a full GC, as the client side is read
            oursFlood = await HostilePhases.FloodAsync(ours, options);
            oursStorm = await HostilePhases.StormAsync(ours, options);
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }

        using (var broker = await LoadMosquitto.StartAsync())
        {
            var mosquitto = new HostileTarget("Mosquitto", broker.Port, () => ProcessMeter.RssBytes(broker.ProcessId), HealthBase: null);
            theirFlood = await HostilePhases.FloodAsync(mosquitto, options);
            theirStorm = await HostilePhases.StormAsync(mosquitto, options);
        }

        return HostileReport.Lines(options, openFiles, $"{loadAtStart} at the start, {LoadAverage()} at the end", oursFlood, theirFlood, oursStorm, theirStorm);
    }

    public static void Progress(string line) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{DateTime.Now:HH:mm:ss} load {LoadAverage()}] {line}"));

    /// <summary>The 1-minute load average: other processes on the machine compete for its cores.</summary>
    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    /// <summary>
    /// Device limits far above the probe's rate, so its PUBACKs time the gateway and not the limiter;
    /// logging at Warning, so the test host's in-memory log capture neither grows nor costs much.
    /// </summary>
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Gateway:Limits:AlarmsPerSecond"] = "1000000",
        ["Gateway:Limits:AlarmBurst"] = "10000000",
        ["Logging:LogLevel:Default"] = "Warning",
        // Without a time-series store every /health poll would log its Degraded check.
        ["Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks"] = "Error",
    };
}
