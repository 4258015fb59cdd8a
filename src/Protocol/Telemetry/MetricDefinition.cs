namespace ResponseCentre.Protocol.Telemetry;

/// <param name="Metric">The metric.</param>
/// <param name="WireName">Its name in a telemetry payload.</param>
/// <param name="Unit">Its unit; empty for boolean metrics.</param>
/// <param name="IsBoolean">Sent as true/false, kept as 1/0.</param>
/// <param name="Min">The smallest value accepted.</param>
/// <param name="Max">The largest value accepted.</param>
/// <summary>
/// What one metric's readings look like on the wire: its name, unit, and the values a working
/// sensor can report. A boolean metric is sent as JSON true/false and kept as 1/0.
/// </summary>
public sealed record MetricDefinition(TelemetryMetric Metric, string WireName, string Unit, bool IsBoolean, double Min, double Max)
{
    /// <summary>True when <paramref name="value"/> is a number this metric can take.</summary>
    public bool Accepts(double value) => double.IsFinite(value) && value >= Min && value <= Max;
}
