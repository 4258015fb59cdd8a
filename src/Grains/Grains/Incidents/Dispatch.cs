using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Incidents;

/// <summary>What one escalation step does: notify these people (or the operators, and why) and wait.</summary>
public sealed record Dispatch(NotifyTarget Target, IReadOnlyList<StaffId> Recipients, TimeSpan Wait, string? OperatorReason)
{
    /// <summary>True when the step fell back to the operators because nobody could be asked.</summary>
    public bool NobodyToAsk => Recipients.Count == 0 && Target is not (NotifyTarget.Operators or NotifyTarget.EmergencyServices);
}
