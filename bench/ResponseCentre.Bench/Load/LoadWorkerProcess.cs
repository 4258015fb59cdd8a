using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace ResponseCentre.Bench.Load;

/// <summary>A <see cref="LoadWorker"/> child process: this benchmark's own executable, run as <c>load-worker</c>.</summary>
internal sealed class LoadWorkerProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromMinutes(3);

    private readonly Process _process;

    private LoadWorkerProcess(Process process) => _process = process;

    public int Connected { get; private set; }

    public int ConnectFailures { get; private set; }

    /// <summary>Starts the worker and returns once its devices are connected.</summary>
    public static async Task<LoadWorkerProcess> StartAsync(LoadSpec spec)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var start = new ProcessStartInfo(self) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        start.ArgumentList.Add("load-worker");
        foreach (var arg in spec.ToArgs())
        {
            start.ArgumentList.Add(arg);
        }

        var worker = new LoadWorkerProcess(Process.Start(start) ?? throw new InvalidOperationException("the load worker did not start"));
        var ready = (await worker.ReadReplyAsync("ready")).Split(' ');
        worker.Connected = int.Parse(ready[0], CultureInfo.InvariantCulture);
        worker.ConnectFailures = int.Parse(ready[1], CultureInfo.InvariantCulture);
        return worker;
    }

    public Task GoAsync(LoadRun run) => SendAsync(run.ToCommand());

    public async Task<LoadResult> StopAsync()
    {
        await SendAsync("stop");
        return JsonSerializer.Deserialize<LoadResult>(await ReadReplyAsync("result"))
            ?? throw new InvalidOperationException("the load worker sent no result");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await SendAsync("quit");
            using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            try
            {
                await _process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
    }

    private async Task SendAsync(string command)
    {
        await _process.StandardInput.WriteLineAsync(command);
        await _process.StandardInput.FlushAsync();
    }

    private async Task<string> ReadReplyAsync(string verb)
    {
        using var timeout = new CancellationTokenSource(ReplyTimeout);
        while (await _process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith(verb + " ", StringComparison.Ordinal))
            {
                return line[(verb.Length + 1)..];
            }
        }

        throw new InvalidOperationException($"The load worker exited (code {(_process.HasExited ? _process.ExitCode : -1)}) before '{verb}'.");
    }
}
