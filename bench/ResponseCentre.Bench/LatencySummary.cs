using System.Globalization;

namespace ResponseCentre.Bench;

/// <summary>Latency percentiles in milliseconds.</summary>
internal sealed record LatencySummary(long Count, double P50Ms, double P99Ms, double MaxMs)
{
    public string ToRow(string name) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {Count} | {P50Ms:F2} | {P99Ms:F2} | {MaxMs:F2} |");
}
