using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace ResponseCentre.Testing;

/// <summary>
/// Debian's InfluxDB 1.x (installed by tests/run.sh) as a process of the test's own: its own config,
/// data folders and free loopback ports (HTTP and the RPC service, whose default :8088 would clash
/// between parallel tests), no usage reporting, no self-monitoring database. <see cref="Stop"/> kills
/// it (an outage, or a crash: what it acknowledged is in its fsynced WAL) and
/// <see cref="StartAgainAsync"/> starts it on the same folders and ports. Disposing kills it and
/// deletes its folders.
/// </summary>
public sealed class InfluxProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly string[] InfluxdPaths = ["/usr/bin/influxd", "/usr/sbin/influxd"];
    // Counting millions of points (the benchmark) takes a while.
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromMinutes(5) };

    private readonly string _folder;
    private readonly string _config;
    private readonly Queue<string> _recentOutput = new();
    private Process? _process;

    private InfluxProcess(string folder, string config, int httpPort)
    {
        _folder = folder;
        _config = config;
        HttpPort = httpPort;
    }

    public int HttpPort { get; }

    /// <summary>The v1 HTTP API, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Url => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{HttpPort}");

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The last lines influxd printed, for a failing test's message.</summary>
    public string RecentOutput
    {
        get
        {
            lock (_recentOutput)
            {
                return string.Join('\n', _recentOutput);
            }
        }
    }

    /// <param name="dataSettings">Extra lines for the <c>[data]</c> section (e.g. a larger cache for a benchmark).</param>
    public static async Task<InfluxProcess> StartAsync(params string[] dataSettings)
    {
        var folder = Path.Combine(Path.GetTempPath(), "rc-influx-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var httpPort = FreeTcpPort.Find();
        var rpcPort = FreeTcpPort.Find();
        var config = Path.Combine(folder, "influxdb.conf");
        await File.WriteAllLinesAsync(config,
        [
            "reporting-disabled = true",
            // The RPC service (backup/restore); its default :8088 would clash between parallel tests.
            Quoted("bind-address", $"127.0.0.1:{rpcPort}"),
            "[meta]",
            Quoted("  dir", Path.Combine(folder, "meta")),
            "  logging-enabled = false",
            "[data]",
            Quoted("  dir", Path.Combine(folder, "data")),
            Quoted("  wal-dir", Path.Combine(folder, "wal")),
            "  query-log-enabled = false",
            .. dataSettings.Select(setting => "  " + setting),
            "[monitor]",
            "  store-enabled = false",
            "[subscriber]",
            "  enabled = false",
            "[continuous_queries]",
            "  enabled = false",
            "[http]",
            Quoted("  bind-address", $"127.0.0.1:{httpPort}"),
            "  log-enabled = false",
            "[logging]",
            // Info, not warn: "Listening on HTTP" is the signal that it is up.
            "  level = \"info\"",
            "  suppress-logo = true",
        ]);

        var influx = new InfluxProcess(folder, config, httpPort);
        try
        {
            await influx.StartAgainAsync();
        }
        catch
        {
            await influx.DisposeAsync();
            throw;
        }

        return influx;
    }

    /// <summary>Starts influxd (again) on the same folders and ports; returns once it answers /ping with 204.</summary>
    public async Task StartAgainAsync()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("influxd is running already");
        }

        _process?.Dispose();
        var start = new ProcessStartInfo(FindInfluxd(), ["-config", _config]) { RedirectStandardError = true, RedirectStandardOutput = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("influxd did not start");
        _process = process;
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(object sender, DataReceivedEventArgs line)
        {
            if (line.Data is not { } text)
            {
                return;
            }

            Remember(text);
            // Logged right after the HTTP listener is bound.
            if (text.Contains("msg=\"Listening on HTTP\"", StringComparison.Ordinal))
            {
                listening.TrySetResult();
            }
        }

        process.ErrorDataReceived += OnLine;
        process.OutputDataReceived += OnLine;
        process.Exited += (_, _) => listening.TrySetException(
            new InvalidOperationException($"influxd exited before it listened:\n{RecentOutput}"));
        process.EnableRaisingEvents = true;
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        var deadline = DateTime.UtcNow + StartTimeout;
        await listening.Task.WaitAsync(StartTimeout);
        // The listener is bound; /ping confirms the handler answers. Polled only should it not yet
        // (the server gives no further signal), within the same bounded deadline.
        while (!await PingsAsync())
        {
            if (DateTime.UtcNow > deadline || process.HasExited)
            {
                throw new TimeoutException($"influxd did not answer /ping within {StartTimeout}:\n{RecentOutput}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Kills influxd and waits until it is gone: an outage of the store.</summary>
    public void Stop()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    /// <summary>Runs an InfluxQL statement (POST, so statements that change things work too) and returns the answer, failing on any error in it.</summary>
    public async Task<JsonDocument> QueryAsync(string database, string influxQl)
    {
        using var content = new FormUrlEncodedContent([new("db", database), new("epoch", "ms"), new("q", influxQl)]);
        using var response = await Http.PostAsync(new Uri($"{Url}/query"), content);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || body.Contains("\"error\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"InfluxDB answered {(int)response.StatusCode} to {influxQl}: {body}");
        }

        return JsonDocument.Parse(body);
    }

    /// <summary>The rows of the first series of a query's answer (empty when there is none).</summary>
    public async Task<IReadOnlyList<JsonElement>> RowsAsync(string database, string influxQl)
    {
        using var answer = await QueryAsync(database, influxQl);
        var result = answer.RootElement.GetProperty("results")[0];
        return result.TryGetProperty("series", out var series)
            ? [.. series[0].GetProperty("values").EnumerateArray().Select(row => row.Clone())]
            : [];
    }

    public async ValueTask DisposeAsync()
    {
        Stop();
        _process?.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private async Task<bool> PingsAsync()
    {
        try
        {
            using var response = await Http.GetAsync(new Uri($"{Url}/ping"));
            return response.StatusCode == HttpStatusCode.NoContent;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private void Remember(string line)
    {
        lock (_recentOutput)
        {
            _recentOutput.Enqueue(line);
            if (_recentOutput.Count > 50)
            {
                _recentOutput.Dequeue();
            }
        }
    }

    private static string Quoted(string key, string value) => $"{key} = \"{value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";

    private static string FindInfluxd() =>
        InfluxdPaths.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("influxd is not installed; tests/run.sh installs Debian's influxdb package");
}
