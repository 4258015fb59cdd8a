using System.Diagnostics.Metrics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.Testing;

namespace ResponseCentre.TimeSeries.Tests;

/// <summary>Points through the sink into a real InfluxDB, read back with InfluxQL.</summary>
public sealed class InfluxWriteTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
    private InfluxProcess _influx = null!;

    public async Task InitializeAsync() => _influx = await InfluxProcess.StartAsync();

    public async Task DisposeAsync() => await _influx.DisposeAsync();

    [Fact]
    public async Task Points_written_appear_in_InfluxDB_all_of_them_with_their_values_and_times()
    {
        using var folder = new TempFolder();
        await using var store = await TestStore.StartAsync(_influx.Url, folder);
        using var written = new CounterTotal(store.Services, "responsecentre.timeseries.points_written");
        const int Calls = 20;
        const int PerCall = 50;

        await Task.WhenAll(Enumerable.Range(0, Calls).Select(call => store.Sink.WriteAsync([.. Enumerable.Range(0, PerCall).Select(i =>
        {
            var n = (call * PerCall) + i;
            return new TelemetryPoint("r-1", "oslo", "thermo-" + call.ToString(CultureInfo.InvariantCulture), SensorMetric.Temperature, n / 10.0, T0.AddMilliseconds(n));
        })])));
        await store.Sink.WriteAsync([new TelemetryPoint("r-1", "oslo", "oxi-1", SensorMetric.SpO2, 97, T0)]);
        await store.Status.WaitUntilAsync(s => s.PointsWritten == (Calls * PerCall) + 1 && s.BufferedPoints == 0);

        var rows = await _influx.RowsAsync(store.Database, "SELECT value, device, tenant FROM temperature WHERE resident = 'r-1'");
        Assert.Equal(Calls * PerCall, rows.Count);
        for (var n = 0; n < rows.Count; n++)
        {
            Assert.Equal(T0.AddMilliseconds(n).ToUnixTimeMilliseconds(), rows[n][0].GetInt64());
            Assert.Equal(n / 10.0, rows[n][1].GetDouble());
            Assert.Equal("thermo-" + (n / PerCall).ToString(CultureInfo.InvariantCulture), rows[n][2].GetString());
            Assert.Equal("oslo", rows[n][3].GetString());
        }

        Assert.Equal(97, (await _influx.RowsAsync(store.Database, "SELECT value FROM spo2"))[0][1].GetDouble());
        Assert.Equal((Calls * PerCall) + 1, written.Total);
        Assert.NotNull(store.Status.LastSuccessfulWrite);
        Assert.Equal(TimeSeriesStoreState.Available, store.Status.State);
    }

    [Fact]
    public async Task Escaped_names_and_awkward_values_arrive_exactly_as_sent()
    {
        using var folder = new TempFolder();
        await using var store = await TestStore.StartAsync(_influx.Url, folder);
        const string Resident = "Anne Ås, room=3 \"the corner\" o'brien";
        const string Tenant = "north,east = west";
        const string Device = "door a=b,c";
        double[] values = [21, -0.0, 0.1, -12.75, 1e20, -2.5e-7, double.MaxValue, double.Epsilon];

        await store.Sink.WriteAsync([.. values.Select((value, i) => new TelemetryPoint(Resident, Tenant, Device, SensorMetric.DoorOpen, value, T0.AddSeconds(i)))]);
        await store.Status.WaitUntilAsync(s => s.PointsWritten == values.Length);

        var tags = await _influx.RowsAsync(store.Database, "SHOW TAG VALUES FROM door_open WITH KEY IN (\"device\", \"resident\", \"tenant\")");
        Assert.Equal(["device", Device, "resident", Resident, "tenant", Tenant], tags.SelectMany(row => new[] { row[0].GetString(), row[1].GetString() }));

        var stored = await _influx.RowsAsync(store.Database, "SELECT value FROM door_open");
        Assert.Equal(values, stored.Select(row => row[1].GetDouble()));

        // And the query finds the resident by that name (its quote escaped in InfluxQL).
        var buckets = await store.Query.QueryAsync(Resident, SensorMetric.DoorOpen, T0, T0.AddMinutes(1), TimeSpan.FromMinutes(1));
        Assert.Equal(values.Length, Assert.Single(buckets).Count);
    }

    [Fact]
    public async Task A_call_with_an_invalid_point_keeps_none_of_its_points()
    {
        using var folder = new TempFolder();
        await using var store = await TestStore.StartAsync(_influx.Url, folder);

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => store.Sink.WriteAsync(
        [
            new TelemetryPoint("r-1", "oslo", "d", SensorMetric.Pulse, 61, T0),
            new TelemetryPoint("r-1", "oslo", "d", SensorMetric.Pulse, double.NaN, T0.AddSeconds(1)),
        ]));

        Assert.Contains("Point 1 of 2", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, store.Status.BufferedPoints);
        await store.Sink.WriteAsync([new TelemetryPoint("r-1", "oslo", "d", SensorMetric.Pulse, 62, T0.AddSeconds(2))]);
        await store.Status.WaitUntilAsync(s => s.PointsWritten == 1);
        Assert.Equal(62, Assert.Single(await _influx.RowsAsync(store.Database, "SELECT value FROM pulse"))[1].GetDouble());
    }

    [Fact]
    public async Task The_database_is_made_on_start_and_the_health_check_is_healthy_while_the_store_answers()
    {
        using var folder = new TempFolder();
        await using var store = await TestStore.StartAsync(_influx.Url, folder);
        await store.Status.WaitUntilAsync(s => s.State == TimeSeriesStoreState.Available);

        using var databases = await _influx.QueryAsync(store.Database, "SHOW DATABASES");
        Assert.Contains(store.Database, databases.RootElement.GetProperty("results")[0].GetProperty("series")[0].GetProperty("values")
            .EnumerateArray().Select(row => row[0].GetString()));

        await store.Sink.WriteAsync([new TelemetryPoint("r-1", "oslo", "d", SensorMetric.Battery, 80, T0)]);
        await store.Status.WaitUntilAsync(s => s.PointsWritten == 1 && s.BufferedPoints == 0);
        var health = await store.HealthAsync();
        Assert.Equal(HealthStatus.Healthy, health.Status);
        Assert.Equal("time-series store answers; 0 points buffered", health.Description);
        Assert.Equal(0L, health.Data["bufferedPoints"]);
        Assert.Equal(store.Status.LastSuccessfulWrite, health.Data["lastSuccessfulWrite"]);
        using var buffered = new CounterTotal(store.Services, "responsecentre.timeseries.buffer_depth");
        Assert.Equal(0, buffered.Observe());
    }
}

/// <summary>Sums one instrument of one host's meters (other tests' hosts, running alongside, are not counted).</summary>
internal sealed class CounterTotal : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _total;

    public CounterTotal(IServiceProvider services, string instrument)
    {
        var meters = services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (published, listener) =>
        {
            if (published.Name == instrument && ReferenceEquals(published.Meter.Scope, meters))
            {
                listener.EnableMeasurementEvents(published);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) =>
        {
            Interlocked.Add(ref _total, value);
            Measured?.Invoke(value);
        });
        _listener.Start();
    }

    public event Action<long>? Measured;

    public long Total => Interlocked.Read(ref _total);

    /// <summary>For an observable gauge: its current value.</summary>
    public long Observe()
    {
        Interlocked.Exchange(ref _total, 0);
        _listener.RecordObservableInstruments();
        return Total;
    }

    public void Dispose() => _listener.Dispose();
}
