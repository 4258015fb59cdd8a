using Microsoft.Extensions.Diagnostics.HealthChecks;
using ResponseCentre.Grains.Abstractions.Sensors;

namespace ResponseCentre.TimeSeries.Tests;

/// <summary>The embedded default without InfluxDB: readings are accepted, not kept, and the health check says so.</summary>
public sealed class NotConfiguredTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Without_a_url_writes_are_accepted_and_nothing_is_kept()
    {
        using var folder = new TempFolder();
        await using var store = await TestStore.StartAsync(url: null, folder);

        await store.Sink.WriteAsync([new TelemetryPoint("r-1", "oslo", "d", SensorMetric.Temperature, 21, T0)]);

        Assert.False(store.Status.IsConfigured);
        Assert.Equal(TimeSeriesStoreState.NotConfigured, store.Status.State);
        Assert.Equal(0, store.Status.BufferedPoints);
        Assert.False(File.Exists(store.BufferPath), "a journal was made although nothing is kept");
        Assert.Empty(await store.Query.QueryAsync("r-1", SensorMetric.Temperature, T0, T0.AddHours(1), TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task Without_a_url_the_health_check_is_degraded_and_says_why()
    {
        using var folder = new TempFolder();
        await using var store = await TestStore.StartAsync(url: "", folder);

        var health = await store.HealthAsync();

        Assert.Equal(HealthStatus.Degraded, health.Status);
        Assert.Equal("no time-series store configured", health.Description);
    }

    [Fact]
    public async Task Without_a_url_queries_still_check_their_arguments()
    {
        using var folder = new TempFolder();
        await using var store = await TestStore.StartAsync(url: null, folder);

        await Assert.ThrowsAnyAsync<ArgumentException>(() =>
            store.Query.QueryAsync("r-1", SensorMetric.Temperature, T0, T0.AddDays(30), TimeSpan.FromSeconds(1)));
    }
}
