using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace ResponseCentre.Bench;

/// <summary>A Mosquitto broker started for one run on a loopback port, stopped on dispose.</summary>
internal sealed class MosquittoProcess : IDisposable
{
    private readonly Process _process;
    private readonly string _configFile;

    private MosquittoProcess(Process process, string configFile)
    {
        _process = process;
        _configFile = configFile;
    }

    /// <summary>Starts Mosquitto, or returns null when it is not installed.</summary>
    public static async Task<MosquittoProcess?> StartAsync(int port)
    {
        const string executable = "/usr/sbin/mosquitto";
        if (!File.Exists(executable))
        {
            Console.WriteLine("Mosquitto is not installed (apt-get install mosquitto); skipping the peer measurement.");
            return null;
        }

        var configFile = Path.GetTempFileName();
        await File.WriteAllTextAsync(configFile, string.Create(CultureInfo.InvariantCulture,
            $"listener {port} 127.0.0.1\nallow_anonymous true\npersistence false\n"));
        var process = Process.Start(new ProcessStartInfo(executable, ["-c", configFile]) { RedirectStandardError = true })
            ?? throw new InvalidOperationException("mosquitto did not start");
        var broker = new MosquittoProcess(process, configFile);
        await WaitUntilListeningAsync(port);
        return broker;
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
                await Task.Yield();
            }
        }
    }
}
