using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ResponseCentre.TimeSeries;

/// <summary>
/// <c>timeseries</c>: Healthy when the store answers its ping and the journal is small; Degraded when
/// no store is configured, when it is unreachable or the breaker is open (not pinged then: an open
/// breaker means leave it alone), when writes fail, or while a large backlog is replayed. Never
/// Unhealthy: readings are kept on disk meanwhile, and alarms do not depend on the series.
/// </summary>
internal sealed class TimeSeriesHealthCheck(TimeSeriesStatus status, InfluxClient? influx, long healthyBacklog) : IHealthCheck
{
    public const string Name = "timeseries";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var state = status.State;
        if (state == TimeSeriesStoreState.NotConfigured || influx is null)
        {
            return HealthCheckResult.Degraded("no time-series store configured", data: Data(state));
        }

        var buffered = status.BufferedPoints;
        if (state == TimeSeriesStoreState.BreakerOpen)
        {
            return HealthCheckResult.Degraded(
                Text($"time-series store unreachable, circuit breaker open; {buffered} points buffered on disk (last error: {status.LastError})"),
                data: Data(state));
        }

        try
        {
            await influx.PingAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or InfluxRequestException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return HealthCheckResult.Degraded(Text($"time-series store unreachable; {buffered} points buffered on disk"), ex, Data(state));
        }

        if (state == TimeSeriesStoreState.Failing)
        {
            return HealthCheckResult.Degraded(
                Text($"time-series store answers but writes fail; {buffered} points buffered on disk (last error: {status.LastError})"), data: Data(state));
        }

        return buffered > healthyBacklog
            ? HealthCheckResult.Degraded(Text($"time-series store catching up: {buffered} points buffered on disk"), data: Data(state))
            : HealthCheckResult.Healthy(Text($"time-series store answers; {buffered} points buffered"), Data(state));
    }

    private Dictionary<string, object> Data(TimeSeriesStoreState state)
    {
        var data = new Dictionary<string, object>
        {
            ["state"] = state.ToString(),
            ["bufferedPoints"] = status.BufferedPoints,
            ["pointsWritten"] = status.PointsWritten,
        };
        if (status.LastSuccessfulWrite is { } last)
        {
            data["lastSuccessfulWrite"] = last;
        }

        return data;
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
