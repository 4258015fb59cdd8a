using ResponseCentre.Grains.Abstractions.Sensors;

namespace ResponseCentre.TimeSeries;

/// <summary>
/// No store configured (the embedded default without InfluxDB): readings are accepted and not kept,
/// series are empty, and the health check says so. Query arguments are still checked, so a caller's
/// mistake shows the same way with or without a store.
/// </summary>
internal sealed class NotConfiguredStore : ITelemetrySink, ISeriesQuery
{
    public Task WriteAsync(IReadOnlyList<TelemetryPoint> points, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(points);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<SeriesBucket>> QueryAsync(
        string resident, SensorMetric metric, DateTimeOffset from, DateTimeOffset to, TimeSpan bucket, CancellationToken cancellationToken = default)
    {
        _ = SeriesQueryText.Build(resident, metric, from, to, bucket);
        return Task.FromResult<IReadOnlyList<SeriesBucket>>([]);
    }
}
