using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Escalation;

/// <summary>Chooses the escalation policy for an incident and walks its steps.</summary>
public static class EscalationPolicySelector
{
    /// <summary>Applies when a tenant has no policy for the incident: responder, team, lead, then the operators.</summary>
    public static readonly EscalationPolicy DefaultPolicy = new(
        "built-in default",
        [],
        null,
        [
            new EscalationStep(NotifyTarget.OnDutyResponder, TimeSpan.FromSeconds(60)),
            new EscalationStep(NotifyTarget.WholeTeam, TimeSpan.FromSeconds(60)),
            new EscalationStep(NotifyTarget.TeamLead, TimeSpan.FromSeconds(120)),
            new EscalationStep(NotifyTarget.Operators, TimeSpan.FromSeconds(120)),
        ],
        Repeats: 1);

    /// <summary>The tenant's first policy for the kind and priority, or <see cref="DefaultPolicy"/>.</summary>
    public static EscalationPolicy For(TenantPolicies? policies, IncidentKind kind, IncidentPriority priority) =>
        policies?.Escalation.FirstOrDefault(p =>
            (p.Kinds.Count == 0 || p.Kinds.Contains(kind)) && (p.Priority is null || p.Priority == priority))
        ?? DefaultPolicy;

    /// <summary>
    /// The step at a running index that counts steps over every round: with three steps, index 3
    /// is the first step of the first repeat. Null once the last round's last step has passed.
    /// </summary>
    public static EscalationStep? StepAt(EscalationPolicy policy, int stepIndex)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentOutOfRangeException.ThrowIfNegative(stepIndex);

        if (policy.Steps.Count == 0)
        {
            return null;
        }

        var round = stepIndex / policy.Steps.Count;
        return round <= policy.Repeats ? policy.Steps[stepIndex % policy.Steps.Count] : null;
    }
}
