using System.Diagnostics;
using HdrHistogram;

namespace ResponseCentre.Bench;

/// <summary>Collects latencies in microseconds from any thread and summarises them as percentiles.</summary>
internal sealed class LatencyRecorder
{
    // Up to 60 s at 3 significant digits: ample for a publish-to-screen path or a late deadline.
    private readonly LongHistogram _histogram = new(TimeSpan.FromSeconds(60).Ticks / 10, 3);
    private readonly Lock _lock = new();

    public long Count
    {
        get
        {
            lock (_lock)
            {
                return _histogram.TotalCount;
            }
        }
    }

    public void Record(long startTimestamp, long endTimestamp) => Record(Stopwatch.GetElapsedTime(startTimestamp, endTimestamp));

    public void Record(TimeSpan latency)
    {
        lock (_lock)
        {
            _histogram.RecordValue(Math.Max(0, (long)latency.TotalMicroseconds));
        }
    }

    public LatencySummary Summarise()
    {
        lock (_lock)
        {
            if (_histogram.TotalCount == 0)
            {
                return new(0, 0, 0, 0); // HdrHistogram has no percentiles of nothing
            }

            return new(
                _histogram.TotalCount,
                _histogram.GetValueAtPercentile(50) / 1000.0,
                _histogram.GetValueAtPercentile(99) / 1000.0,
                _histogram.GetMaxValue() / 1000.0);
        }
    }
}
