using System.Diagnostics.Metrics;

namespace ResponseCentre.Grains.Incidents;

/// <summary>Measurements of the escalation engine, for dashboards and the deadline benchmark.</summary>
public static class EscalationMetrics
{
    public const string MeterName = "ResponseCentre.Escalation";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>How late a step's deadline was handled, in milliseconds, measured by the grain's clock.</summary>
    public static readonly Histogram<double> DeadlineLateness =
        Meter.CreateHistogram<double>("rc.escalation.deadline_lateness", "ms", "Time from an escalation deadline to its handling");
}
