using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests;

/// <summary>The system as its own operating-system process, so a test can kill -9 it and start it again.</summary>
public sealed class ServerProcess : IDisposable
{
    private const int KeptLines = 300;
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _recentOutput;

    private readonly ConcurrentDictionary<string, TaskCompletionSource> _awaitedOutput;

    private ServerProcess(string name, Process process, ConcurrentQueue<string> recentOutput, ConcurrentDictionary<string, TaskCompletionSource> awaitedOutput)
    {
        Name = name;
        _process = process;
        _recentOutput = recentOutput;
        _awaitedOutput = awaitedOutput;
    }

    public string Name { get; }

    /// <summary>The last lines the process printed, for a failing test's message.</summary>
    public string RecentOutput => string.Join(Environment.NewLine, _recentOutput);

    /// <summary>The embedded default: one process, state in the SQLite file at <paramref name="dataSource"/>.</summary>
    public static Task<ServerProcess> StartAsync(string dataSource, int httpPort, int mqttPort) =>
        StartAsync("embedded", new Dictionary<string, string>
        {
            ["Urls"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{httpPort}"),
            ["Gateway__Broker__Port"] = mqttPort.ToString(CultureInfo.InvariantCulture),
            ["Gateway__Broker__BindAddress"] = "127.0.0.1",
            ["Orleans__SiloPort"] = FreeTcpPort.Find().ToString(CultureInfo.InvariantCulture),
            ["Orleans__GatewayPort"] = FreeTcpPort.Find().ToString(CultureInfo.InvariantCulture),
            ["Orleans__DataSource"] = dataSource,
        });

    /// <summary>Starts the host with the given configuration (environment variables) and waits until it serves.</summary>
    public static async Task<ServerProcess> StartAsync(string name, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ResponseCentre.Dashboard.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start");
        var recent = new ConcurrentQueue<string>();
        var awaited = new ConcurrentDictionary<string, TaskCompletionSource>();
        var started = awaited.GetOrAdd("Application started", _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
        void Keep(string? line)
        {
            if (line is null)
            {
                return;
            }

            recent.Enqueue(line);
            while (recent.Count > KeptLines && recent.TryDequeue(out _))
            {
            }

            foreach (var (text, seen) in awaited)
            {
                if (line.Contains(text, StringComparison.Ordinal))
                {
                    seen.TrySetResult();
                }
            }
        }

        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => started.TrySetException(new InvalidOperationException(
            $"{name} exited before it started:{Environment.NewLine}{string.Join(Environment.NewLine, recent)}"));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(name, process, recent, awaited);
        try
        {
            await started.Task.WaitAsync(TimeSpan.FromSeconds(90));
        }
        catch (TimeoutException)
        {
            server.Dispose();
            throw new TimeoutException($"{name} did not start within 90 s:{Environment.NewLine}{server.RecentOutput}");
        }

        return server;
    }

    /// <summary>
    /// Waits until the process prints a line containing <paramref name="text"/>. Call it before the
    /// line can appear (or it must still be among the recent lines): it is the signal, not a poll.
    /// </summary>
    public Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var seen = _awaitedOutput.GetOrAdd(text, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
        if (_recentOutput.Any(line => line.Contains(text, StringComparison.Ordinal)))
        {
            seen.TrySetResult();
        }

        return seen.Task.WaitAsync(timeout);
    }

    /// <summary>SIGKILL: no shutdown, no flush, exactly what a power cut leaves behind.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            KillHard();
        }

        _process.Dispose();
    }
}
