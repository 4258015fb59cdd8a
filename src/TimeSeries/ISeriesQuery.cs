using ResponseCentre.Grains.Abstractions.Sensors;

namespace ResponseCentre.TimeSeries;

/// <summary>
/// One time bucket of a downsampled series. Buckets are aligned to the Unix epoch (InfluxDB's
/// <c>GROUP BY time()</c>), so the first one may start before the range asked for; it then holds
/// only the readings inside the range. A bucket without readings has no mean, min or max and a count of 0.
/// </summary>
public sealed record SeriesBucket(DateTimeOffset Start, double? Mean, double? Min, double? Max, long Count);

/// <summary>Reads a resident's series back, downsampled for charts.</summary>
public interface ISeriesQuery
{
    /// <summary>
    /// Mean, min, max and count of <paramref name="metric"/> for <paramref name="resident"/> in
    /// [<paramref name="from"/>, <paramref name="to"/>), per <paramref name="bucket"/> (a whole number of
    /// milliseconds). Throws <see cref="ArgumentException"/> for an empty range, a bucket under 1 ms or not
    /// whole milliseconds, or more than <see cref="SeriesQueryLimits.MaxBuckets"/> buckets; and
    /// <see cref="TimeSeriesStoreException"/> when the store refuses or cannot be reached.
    /// Without a store configured the answer is empty.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716:Identifiers should not match keywords",
        Justification = "'from'/'to' is the range as the callers (C#) name it; no VB implementers.")]
    Task<IReadOnlyList<SeriesBucket>> QueryAsync(
        string resident, SensorMetric metric, DateTimeOffset from, DateTimeOffset to, TimeSpan bucket, CancellationToken cancellationToken = default);
}

/// <summary>Bounds on what one series query may ask for.</summary>
public static class SeriesQueryLimits
{
    /// <summary>The most buckets one query may return: more than a chart can show, few enough to answer quickly.</summary>
    public const int MaxBuckets = 10_000;
}

/// <summary>The time-series store could not be reached or refused a request.</summary>
public sealed class TimeSeriesStoreException : Exception
{
    public TimeSeriesStoreException()
    {
    }

    public TimeSeriesStoreException(string message)
        : base(message)
    {
    }

    public TimeSeriesStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
