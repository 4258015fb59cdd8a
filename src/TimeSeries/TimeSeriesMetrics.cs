using System.Diagnostics.Metrics;

namespace ResponseCentre.TimeSeries;

/// <summary>The store client's instruments, on the meter <c>ResponseCentre.TimeSeries</c>.</summary>
public sealed class TimeSeriesMetrics
{
    public const string MeterName = "ResponseCentre.TimeSeries";

    private readonly Counter<long> _written;
    private readonly Counter<long> _failures;
    private readonly Counter<long> _refused;

    public TimeSeriesMetrics(IMeterFactory meters, TimeSeriesStatus status)
    {
        var meter = meters.Create(MeterName);
        _written = meter.CreateCounter<long>("responsecentre.timeseries.points_written", "{point}", "Points InfluxDB acknowledged.");
        _failures = meter.CreateCounter<long>("responsecentre.timeseries.write_failures", "{request}", "Write requests that failed and will be retried.");
        _refused = meter.CreateCounter<long>("responsecentre.timeseries.points_refused", "{point}", "Points in batches InfluxDB refused as invalid (not retried).");
        meter.CreateObservableGauge("responsecentre.timeseries.buffer_depth", () => status.BufferedPoints, "{point}", "Points in the local journal, not yet acknowledged by InfluxDB.");
    }

    public void Written(int points) => _written.Add(points);

    public void WriteFailed() => _failures.Add(1);

    public void Refused(int points) => _refused.Add(points);
}
