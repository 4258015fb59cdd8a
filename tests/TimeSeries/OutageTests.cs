using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.Testing;

namespace ResponseCentre.TimeSeries.Tests;

/// <summary>InfluxDB killed and started again: nothing written meanwhile is lost, and it arrives in order.</summary>
public sealed class OutageTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
    private InfluxProcess _influx = null!;

    public async Task InitializeAsync() => _influx = await InfluxProcess.StartAsync();

    public async Task DisposeAsync() => await _influx.DisposeAsync();

    [Fact]
    public async Task Points_written_while_InfluxDB_is_down_are_journaled_and_replayed_in_order_when_it_returns()
    {
        using var folder = new TempFolder();
        // Small batches, so the replay is many requests whose order can go wrong.
        await using var store = await TestStore.StartAsync(_influx.Url, folder, settings: new Dictionary<string, string> { ["BatchSize"] = "100" });
        await store.Status.WaitUntilAsync(s => s.State == TimeSeriesStoreState.Available);
        _influx.Stop();

        // Each reading k: a temperature of its own millisecond (counts what arrived), and a pulse on
        // millisecond k % Span, overwritten by each later pass: InfluxDB keeps the last write of a
        // series and time, so only an in-order replay leaves the last pass's values.
        const int Span = 500;
        const int Passes = 3;
        const int Readings = Span * Passes;
        for (var k = 0; k < Readings; k += 10)
        {
            await store.Sink.WriteAsync([.. Enumerable.Range(k, 10).SelectMany(n => new[]
            {
                new TelemetryPoint("r-1", "oslo", "thermo-1", SensorMetric.Temperature, n, T0.AddMilliseconds(n)),
                new TelemetryPoint("r-1", "oslo", "pulse-1", SensorMetric.Pulse, n, T0.AddMilliseconds(n % Span)),
            })]);
        }

        Assert.Equal(2 * Readings, store.Status.BufferedPoints);
        Assert.Equal(0, store.Status.PointsWritten);
        Assert.NotEqual(TimeSeriesStoreState.Available, store.Status.State);

        await _influx.StartAgainAsync();
        await store.Status.WaitUntilAsync(s => s.BufferedPoints == 0);

        Assert.Equal(2 * Readings, store.Status.PointsWritten);
        Assert.Equal(TimeSeriesStoreState.Available, store.Status.State);
        var temperatures = await _influx.RowsAsync(store.Database, "SELECT value FROM temperature");
        Assert.Equal(Enumerable.Range(0, Readings).Select(n => (double)n), temperatures.Select(row => row[1].GetDouble()));
        var pulses = await _influx.RowsAsync(store.Database, "SELECT value FROM pulse");
        Assert.Equal(Enumerable.Range((Passes - 1) * Span, Span).Select(n => (double)n), pulses.Select(row => row[1].GetDouble()));
    }

    [Fact]
    public async Task The_journal_outlives_the_process_and_the_next_start_ships_it()
    {
        using var folder = new TempFolder();
        var database = "rc_test_" + Guid.NewGuid().ToString("N");
        _influx.Stop();
        await using (var before = await TestStore.StartAsync(_influx.Url, folder, database))
        {
            await before.Sink.WriteAsync([.. Enumerable.Range(0, 300).Select(n =>
                new TelemetryPoint("r-2", "oslo", "scale-1", SensorMetric.Weight, 70 + (n / 100.0), T0.AddSeconds(n)))]);
            Assert.Equal(300, before.Status.BufferedPoints);
        }

        await _influx.StartAgainAsync();
        await using var after = await TestStore.StartAsync(_influx.Url, folder, database);
        Assert.Equal(300, after.Status.BufferedPoints);
        await after.Status.WaitUntilAsync(s => s.BufferedPoints == 0);

        var weights = await _influx.RowsAsync(database, "SELECT value FROM weight WHERE resident = 'r-2'");
        Assert.Equal(Enumerable.Range(0, 300).Select(n => 70 + (n / 100.0)), weights.Select(row => row[1].GetDouble()));
    }

    [Fact]
    public async Task The_breaker_opens_while_InfluxDB_is_down_probes_once_per_break_and_closes_when_it_returns()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero));
        var breakDuration = TimeSpan.FromSeconds(10);
        using var folder = new TempFolder();
        await using var store = await TestStore.StartAsync(_influx.Url, folder, time: clock, settings: new Dictionary<string, string>
        {
            ["RetryDelay"] = "00:00:01",
            ["MaxRetryDelay"] = "00:00:05",
            ["BreakDuration"] = breakDuration.ToString("c", CultureInfo.InvariantCulture),
            ["FlushInterval"] = "00:00:00",
        });
        await store.Status.WaitUntilAsync(s => s.State == TimeSeriesStoreState.Available);
        var failures = new ConcurrentQueue<DateTimeOffset>();
        using var failureCounter = new CounterTotal(store.Services, "responsecentre.timeseries.write_failures");
        failureCounter.Measured += _ => failures.Enqueue(clock.GetUtcNow());

        _influx.Stop();
        await store.Sink.WriteAsync([.. Enumerable.Range(0, 10).Select(n =>
            new TelemetryPoint("r-3", "oslo", "stove-1", SensorMetric.StoveOn, n % 2, T0.AddSeconds(n)))]);
        await clock.DriveUntilAsync(store.Status, () => store.Status.State == TimeSeriesStoreState.BreakerOpen);

        var openedAt = clock.GetUtcNow();
        var health = await store.HealthAsync();
        Assert.Equal(HealthStatus.Degraded, health.Status);
        Assert.Contains("circuit breaker open; 10 points buffered on disk", health.Description, StringComparison.Ordinal);
        // The database creation succeeded, then two failures: half of three requests in the window.
        Assert.Equal(2, failures.Count);
        Assert.Equal(10, store.Status.BufferedPoints);

        // While it is open the store is left alone: one probe per break duration, however long.
        await clock.DriveUntilAsync(store.Status, () => failures.Count >= 5);
        var probes = failures.Skip(2).Prepend(openedAt).ToList();
        for (var i = 1; i < probes.Count; i++)
        {
            Assert.True(probes[i] - probes[i - 1] >= breakDuration, $"probe {i} came {probes[i] - probes[i - 1]} after the one before");
        }

        Assert.Equal(TimeSeriesStoreState.BreakerOpen, store.Status.State);
        Assert.Equal(0, store.Status.PointsWritten);

        await _influx.StartAgainAsync();
        await clock.DriveUntilAsync(store.Status, () => store.Status.BufferedPoints == 0);

        Assert.Equal(10, store.Status.PointsWritten);
        Assert.Equal(TimeSeriesStoreState.Available, store.Status.State);
        Assert.True(clock.GetUtcNow() - probes[^1] >= breakDuration, "the probe that got through came before the break was over");
        Assert.Equal(HealthStatus.Healthy, (await store.HealthAsync()).Status);
        Assert.Equal(10, (await _influx.RowsAsync(store.Database, "SELECT value FROM stove_on")).Count);
    }
}
