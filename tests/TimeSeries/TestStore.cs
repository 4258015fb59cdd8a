using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace ResponseCentre.TimeSeries.Tests;

/// <summary>A host with nothing but the time-series store, configured as a deployment would configure it.</summary>
internal sealed class TestStore : IAsyncDisposable
{
    private readonly IHost _host;

    private TestStore(IHost host, string database, string bufferPath)
    {
        _host = host;
        Database = database;
        BufferPath = bufferPath;
    }

    public string Database { get; }

    public string BufferPath { get; }

    public IServiceProvider Services => _host.Services;

    public ITelemetrySink Sink => Services.GetRequiredService<ITelemetrySink>();

    public ISeriesQuery Query => Services.GetRequiredService<ISeriesQuery>();

    public TimeSeriesStatus Status => Services.GetRequiredService<TimeSeriesStatus>();

    /// <param name="url">TimeSeries:Url; null or empty for "not configured".</param>
    /// <param name="folder">Where the journal goes (the test owns and deletes it).</param>
    /// <param name="database">The database; a new name when null.</param>
    /// <param name="time">The clock; the system's when null.</param>
    /// <param name="settings">More TimeSeries:* settings (names without the section).</param>
    public static async Task<TestStore> StartAsync(
        string? url, TempFolder folder, string? database = null, TimeProvider? time = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        database ??= "rc_test_" + Guid.NewGuid().ToString("N");
        var bufferPath = Path.Combine(folder.Path, "telemetry-buffer.db");
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var config = new Dictionary<string, string?>
        {
            ["TimeSeries:Url"] = url ?? "",
            ["TimeSeries:Database"] = database,
            ["TimeSeries:BufferPath"] = bufferPath,
            // Quick recovery on the real clock; the breaker test sets its own on a fake one.
            ["TimeSeries:RetryDelay"] = "00:00:00.050",
            ["TimeSeries:MaxRetryDelay"] = "00:00:00.500",
            ["TimeSeries:BreakDuration"] = "00:00:00.500",
            ["TimeSeries:FlushInterval"] = "00:00:00.020",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            config["TimeSeries:" + key] = value;
        }

        builder.Configuration.AddInMemoryCollection(config);
        builder.Services.AddLogging();
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.AddTimeSeriesStore();
        var host = builder.Build();
        await host.StartAsync();
        return new TestStore(host, database, bufferPath);
    }

    public async Task<HealthReportEntry> HealthAsync()
    {
        var report = await Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Name == "timeseries");
        return report.Entries["timeseries"];
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        if (_host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }
    }
}

/// <summary>A folder of the test's own, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Directory.CreateDirectory(Path);
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rc-timeseries-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
