using System.Diagnostics;
using System.Globalization;

namespace ResponseCentre.Testing;

/// <summary>
/// Debian's Mosquitto broker (installed by tests/run.sh) as a process of the test's own, on a free
/// loopback port, with its own configuration. Stopped and its files deleted on dispose.
/// </summary>
public sealed class MosquittoProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private MosquittoProcess(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public static async Task<MosquittoProcess> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "rc-mosquitto-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var port = FreeTcpPort.Find();
        var config = Path.Combine(folder, "mosquitto.conf");
        await File.WriteAllLinesAsync(config,
        [
            string.Create(CultureInfo.InvariantCulture, $"listener {port} 127.0.0.1"),
            "allow_anonymous true",
            // Queued QoS 1 messages for a gateway node that is away: the default 1000 is enough for
            // a test, but say it so the test does not depend on a default.
            "max_queued_messages 100000",
            "log_dest stderr",
            "log_type error",
            "log_type warning",
            "log_type information",
        ]);

        var start = new ProcessStartInfo(FindMosquitto(), ["-c", config]) { RedirectStandardError = true, RedirectStandardOutput = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("mosquitto did not start");
        var running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // At information level Mosquitto says "mosquitto version X running" once it listens.
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data?.Contains(" running", StringComparison.Ordinal) == true)
            {
                running.TrySetResult();
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.Exited += (_, _) => running.TrySetException(new InvalidOperationException("mosquitto exited before it was running"));
        process.EnableRaisingEvents = true;
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        await running.Task.WaitAsync(TimeSpan.FromSeconds(20));
        return new MosquittoProcess(process, folder, port);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static readonly string[] MosquittoPaths = ["/usr/sbin/mosquitto", "/usr/bin/mosquitto"];

    private static string FindMosquitto() =>
        MosquittoPaths.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("mosquitto is not installed; tests/run.sh installs Debian's mosquitto package");
}
