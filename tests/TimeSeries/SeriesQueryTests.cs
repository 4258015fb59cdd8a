using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.Testing;

namespace ResponseCentre.TimeSeries.Tests;

/// <summary>Downsampled series read back from a real InfluxDB.</summary>
public sealed class SeriesQueryTests : IAsyncLifetime, IDisposable
{
    // On a whole hour, so minute buckets start at T0.
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();
    private InfluxProcess _influx = null!;
    private TestStore _store = null!;

    public async Task InitializeAsync()
    {
        _influx = await InfluxProcess.StartAsync();
        _store = await TestStore.StartAsync(_influx.Url, _folder);
        TelemetryPoint Temperature(string resident, int seconds, double value) =>
            new(resident, "oslo", "thermo-" + resident, SensorMetric.Temperature, value, T0.AddSeconds(seconds));
        TelemetryPoint[] seed =
        [
            Temperature("r-1", 0, 10), Temperature("r-1", 10, 20), Temperature("r-1", 59, 30), // minute 0
            Temperature("r-1", 70, -4.5), // minute 1
            // minute 2: nothing
            Temperature("r-1", 180, 21.25), Temperature("r-1", 239, 21.75), // minute 3
            Temperature("r-1", 240, 99), // minute 4: outside the range asked for
            Temperature("r-1", -1, 99), // before it
            Temperature("r-2", 5, 1000), // someone else
            new("r-1", "oslo", "pulse-1", SensorMetric.Pulse, 72, T0.AddSeconds(5)), // another metric
        ];
        await _store.Sink.WriteAsync(seed);
        await _store.Status.WaitUntilAsync(s => s.PointsWritten == seed.Length);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await _influx.DisposeAsync();
    }

    // After DisposeAsync (xunit calls it first), when the store has let go of its journal.
    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Each_bucket_has_the_mean_min_max_and_count_of_its_readings_and_empty_ones_have_none()
    {
        var buckets = await _store.Query.QueryAsync("r-1", SensorMetric.Temperature, T0, T0.AddMinutes(4), TimeSpan.FromMinutes(1));

        Assert.Equal(
        [
            new SeriesBucket(T0, 20, 10, 30, 3),
            new SeriesBucket(T0.AddMinutes(1), -4.5, -4.5, -4.5, 1),
            new SeriesBucket(T0.AddMinutes(2), null, null, null, 0),
            new SeriesBucket(T0.AddMinutes(3), 21.5, 21.25, 21.75, 2),
        ], buckets);
    }

    [Fact]
    public async Task A_range_inside_a_bucket_counts_only_the_readings_in_the_range()
    {
        var buckets = await _store.Query.QueryAsync("r-1", SensorMetric.Temperature, T0.AddSeconds(5), T0.AddSeconds(75), TimeSpan.FromMinutes(1));

        Assert.Equal([new SeriesBucket(T0, 25, 20, 30, 2), new SeriesBucket(T0.AddMinutes(1), -4.5, -4.5, -4.5, 1)], buckets);
    }

    [Fact]
    public async Task Larger_buckets_downsample_the_same_readings()
    {
        var buckets = await _store.Query.QueryAsync("r-1", SensorMetric.Temperature, T0, T0.AddMinutes(4), TimeSpan.FromMinutes(2));

        Assert.Equal([new SeriesBucket(T0, 13.875, -4.5, 30, 4), new SeriesBucket(T0.AddMinutes(2), 21.5, 21.25, 21.75, 2)], buckets);
    }

    [Fact]
    public async Task A_range_without_readings_gives_the_same_empty_buckets()
    {
        var buckets = await _store.Query.QueryAsync("r-1", SensorMetric.Temperature, T0.AddHours(1), T0.AddHours(1).AddMinutes(3), TimeSpan.FromMinutes(1));

        Assert.Equal([.. Enumerable.Range(0, 3).Select(m => new SeriesBucket(T0.AddHours(1).AddMinutes(m), null, null, null, 0))], buckets);
    }

    [Fact]
    public async Task Only_the_residents_own_readings_of_that_metric_count()
    {
        var other = await _store.Query.QueryAsync("r-2", SensorMetric.Temperature, T0, T0.AddMinutes(1), TimeSpan.FromMinutes(1));
        var pulse = await _store.Query.QueryAsync("r-1", SensorMetric.Pulse, T0, T0.AddMinutes(1), TimeSpan.FromMinutes(1));
        var injected = await _store.Query.QueryAsync("x' OR resident = 'r-1", SensorMetric.Temperature, T0, T0.AddMinutes(1), TimeSpan.FromMinutes(1));

        Assert.Equal([new SeriesBucket(T0, 1000, 1000, 1000, 1)], other);
        Assert.Equal([new SeriesBucket(T0, 72, 72, 72, 1)], pulse);
        Assert.Equal([new SeriesBucket(T0, null, null, null, 0)], injected);
    }

    [Fact]
    public async Task Too_many_buckets_are_refused_before_InfluxDB_is_asked()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() =>
            _store.Query.QueryAsync("r-1", SensorMetric.Temperature, T0, T0.AddDays(7), TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task A_store_that_is_down_fails_the_query_with_a_store_exception()
    {
        _influx.Stop();

        await Assert.ThrowsAsync<TimeSeriesStoreException>(() =>
            _store.Query.QueryAsync("r-1", SensorMetric.Temperature, T0, T0.AddMinutes(4), TimeSpan.FromMinutes(1)));
    }
}
