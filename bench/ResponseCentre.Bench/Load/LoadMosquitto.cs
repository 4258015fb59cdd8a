using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using ResponseCentre.Testing;

namespace ResponseCentre.Bench.Load;

/// <summary>
/// Debian's Mosquitto on a free loopback port for the load phases: anonymous access (device user
/// names and passwords are ignored), no persistence, TCP_NODELAY as our broker has. Its default queue
/// of 1,000 messages per subscriber stays: a subscriber that falls behind loses the excess (publishers
/// are still acknowledged), rather than Mosquitto building a backlog of millions that later phases wait behind.
/// </summary>
internal sealed class LoadMosquitto : IDisposable
{
    public const string Executable = "/usr/sbin/mosquitto";

    private readonly Process _process;
    private readonly string _configFile;

    private LoadMosquitto(Process process, string configFile, int port)
    {
        _process = process;
        _configFile = configFile;
        Port = port;
    }

    public int Port { get; }

    public int ProcessId => _process.Id;

    public static bool IsInstalled => File.Exists(Executable);

    public static async Task<LoadMosquitto> StartAsync()
    {
        var port = FreeTcpPort.Find();
        var configFile = Path.GetTempFileName();
        await File.WriteAllLinesAsync(configFile,
        [
            string.Create(CultureInfo.InvariantCulture, $"listener {port} 127.0.0.1"),
            "allow_anonymous true",
            "persistence false",
            // Without it Nagle's algorithm holds back small packets (PUBACKs, single alarms) for the peer's delayed ACK.
            "set_tcp_nodelay true",
            "log_dest stderr",
            "log_type error",
        ]);
        var process = Process.Start(new ProcessStartInfo(Executable, ["-c", configFile]))
            ?? throw new InvalidOperationException("mosquitto did not start");
        await WaitUntilListeningAsync(port);
        return new LoadMosquitto(process, configFile, port);
    }

    public void Dispose()
    {
        _process.Kill();
        _process.WaitForExit();
        _process.Dispose();
        File.Delete(_configFile);
    }

    private static async Task WaitUntilListeningAsync(int port)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", port, timeout.Token);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(20, timeout.Token);
            }
        }
    }
}
