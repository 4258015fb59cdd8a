using ResponseCentre.Grains.Abstractions.Residents;

namespace ResponseCentre.Grains.Sensors;

/// <summary>What an evaluation of the sensor rules decided.</summary>
/// <param name="Alarms">Alarms to raise, each with a message id that is the same when the evaluation is repeated.</param>
/// <param name="Tracking">The tracking state to store once they are raised.</param>
public sealed record SensorRuleOutcome(IReadOnlyList<RaiseAlarm> Alarms, SensorRuleTracking Tracking)
{
    /// <summary>When the rules must be evaluated again if no reading comes first; null when no deadline is pending.</summary>
    public DateTimeOffset? NextDeadline => Tracking.NextDeadline;
}
