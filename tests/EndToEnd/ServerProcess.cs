using System.Diagnostics;
using System.Globalization;
using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests;

/// <summary>The embedded system as its own operating-system process, so a test can kill -9 it and start it again.</summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process) => _process = process;

    public static async Task<ServerProcess> StartAsync(string dataSource, int httpPort, int mqttPort)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ResponseCentre.Dashboard.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Urls"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{httpPort}");
        start.Environment["Gateway__Broker__Port"] = mqttPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["Gateway__Broker__BindAddress"] = "127.0.0.1";
        start.Environment["Orleans__SiloPort"] = FreeTcpPort.Find().ToString(CultureInfo.InvariantCulture);
        start.Environment["Orleans__GatewayPort"] = FreeTcpPort.Find().ToString(CultureInfo.InvariantCulture);
        start.Environment["Orleans__DataSource"] = dataSource;

        var process = Process.Start(start) ?? throw new InvalidOperationException("the server did not start");
        var started = new TaskCompletionSource();
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.Contains("Application started", StringComparison.Ordinal) == true)
            {
                started.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await started.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return new ServerProcess(process);
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
