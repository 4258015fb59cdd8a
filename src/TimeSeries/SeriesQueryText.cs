using System.Globalization;
using System.Text;
using ResponseCentre.Grains.Abstractions.Sensors;

namespace ResponseCentre.TimeSeries;

/// <summary>
/// The InfluxQL for a downsampled series, with its inputs checked: the measurement comes from the
/// metric (a fixed name), the resident goes in as an escaped string literal, times and the bucket as
/// integer millisecond literals, so nothing a caller passes can change the statement.
/// </summary>
internal static class SeriesQueryText
{
    public static SeriesQueryPlan Build(string resident, SensorMetric metric, DateTimeOffset from, DateTimeOffset to, TimeSpan bucket)
    {
        ArgumentException.ThrowIfNullOrEmpty(resident);
        if (resident.Any(char.IsControl))
        {
            throw new ArgumentException("A resident id cannot hold control characters.", nameof(resident));
        }

        var measurement = LineProtocol.MeasurementOf(metric);
        if (bucket < TimeSpan.FromMilliseconds(1) || bucket.Ticks % TimeSpan.TicksPerMillisecond != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(bucket), bucket, "The bucket must be a whole number of milliseconds, at least 1.");
        }

        var fromMs = from.ToUnixTimeMilliseconds();
        var toMs = to.ToUnixTimeMilliseconds();
        if (toMs <= fromMs)
        {
            throw new ArgumentException($"The range is empty: from {from:O} to {to:O}.", nameof(to));
        }

        // InfluxDB aligns buckets to the epoch: the first starts at or before 'from'.
        var bucketMs = (long)bucket.TotalMilliseconds;
        var firstStartMs = fromMs - (((fromMs % bucketMs) + bucketMs) % bucketMs);
        var buckets = (toMs - firstStartMs + bucketMs - 1) / bucketMs;
        if (buckets > SeriesQueryLimits.MaxBuckets)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{buckets} buckets asked for; at most {SeriesQueryLimits.MaxBuckets} are allowed. Use a larger bucket or a shorter range."),
                nameof(bucket));
        }

        var text = string.Create(CultureInfo.InvariantCulture,
            $"SELECT mean(\"value\"), min(\"value\"), max(\"value\"), count(\"value\") FROM \"{measurement}\" WHERE \"resident\" = '{EscapeString(resident)}' AND time >= {fromMs}ms AND time < {toMs}ms GROUP BY time({bucketMs}ms) fill(null)");
        return new SeriesQueryPlan(text, firstStartMs, bucketMs, (int)buckets);
    }

    /// <summary>An InfluxQL single-quoted string's content: backslashes and single quotes escaped.</summary>
    public static string EscapeString(string text)
    {
        var escaped = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (c is '\\' or '\'')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}

/// <summary>A checked series query: its InfluxQL and the buckets it covers.</summary>
internal sealed record SeriesQueryPlan(string InfluxQl, long FirstStartMs, long BucketMs, int Buckets);
