using System.Diagnostics;
using HdrHistogram;

namespace ResponseCentre.Bench;

/// <summary>Collects latencies in microseconds and summarises them as percentiles.</summary>
internal sealed class LatencyRecorder
{
    // Up to 60 s at 3 significant digits: ample for a publish-to-screen path.
    private readonly LongHistogram _histogram = new(TimeSpan.FromSeconds(60).Ticks / 10, 3);

    public void Record(long startTimestamp, long endTimestamp) =>
        _histogram.RecordValue((long)Stopwatch.GetElapsedTime(startTimestamp, endTimestamp).TotalMicroseconds);

    public LatencySummary Summarise() => new(
        _histogram.TotalCount,
        _histogram.GetValueAtPercentile(50) / 1000.0,
        _histogram.GetValueAtPercentile(99) / 1000.0,
        _histogram.GetMaxValue() / 1000.0);
}
