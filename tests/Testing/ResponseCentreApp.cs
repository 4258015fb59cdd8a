using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace ResponseCentre.Testing;

/// <summary>
/// The whole embedded system (silo, MQTT broker, dashboard) in this process on real loopback
/// sockets: Kestrel for HTTP and SignalR, the MQTTnet broker for devices, each on a free port.
/// </summary>
public sealed class ResponseCentreApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public ResponseCentreApp()
    {
        // The dashboard's appsettings.json and seed file are copied next to every assembly that
        // references it; use them, wherever the tests or the benchmark are started from.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_RESPONSECENTRE_DASHBOARD", AppContext.BaseDirectory);
        UseKestrel();
    }

    public int MqttPort { get; } = FreeTcpPort.Find();

    /// <summary>Configuration on top of the defaults (e.g. <c>TimeSeries:Url</c>); set before the app starts.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>A folder of this instance's own for its database, removed on dispose.</summary>
    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "rc-app-" + Guid.NewGuid().ToString("N"));

    /// <summary>The dashboard's base address, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress
    {
        get
        {
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
            return new Uri(addresses.Addresses.First());
        }
    }

    /// <summary>Starts everything, so the broker and the dashboard accept connections once this returns.</summary>
    public Task InitializeAsync()
    {
        StartServer();
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Gateway:Broker:Port", MqttPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Gateway:Broker:BindAddress", "127.0.0.1");
        builder.UseSetting("Orleans:SiloPort", FreeTcpPort.Find().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:GatewayPort", FreeTcpPort.Find().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:DataSource", Path.Combine(DataFolder, "responsecentre.db"));
        builder.UseSetting("TimeSeries:BufferPath", Path.Combine(DataFolder, "telemetry-buffer.db"));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}
