namespace ResponseCentre.TimeSeries;

/// <summary>Where sensor readings go to be kept as series.</summary>
public interface ITelemetrySink
{
    /// <summary>
    /// Keeps the points. Returns once they are durable: journaled on local disk (committed, fsynced),
    /// from where they reach the time-series store in order, however long it is away. Throws
    /// <see cref="ArgumentException"/>, keeping none of them, when a point cannot be stored (a value that
    /// is not finite; an empty resident, tenant or device, or one with a backslash or control character).
    /// Cancellation is honoured until the points are handed to the journal, not after.
    /// </summary>
    Task WriteAsync(IReadOnlyList<TelemetryPoint> points, CancellationToken cancellationToken = default);
}
