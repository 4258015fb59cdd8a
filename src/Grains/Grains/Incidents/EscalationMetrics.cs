using System.Diagnostics.Metrics;

namespace ResponseCentre.Grains.Incidents;

/// <summary>Measurements of the escalation engine, for dashboards and the deadline benchmark.</summary>
public sealed class EscalationMetrics
{
    public const string MeterName = "ResponseCentre.Escalation";
    public const string DeadlineLatenessName = "responsecentre.escalation.deadline_lateness";

    private readonly Histogram<double> _deadlineLateness;

    public EscalationMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _deadlineLateness = meter.CreateHistogram<double>(DeadlineLatenessName, "ms", "Time from an escalation deadline to its handling");
    }

    /// <summary>Records how late a step's deadline was handled, by the grain's clock.</summary>
    public void RecordDeadlineLateness(TimeSpan lateness) => _deadlineLateness.Record(lateness.TotalMilliseconds);
}
