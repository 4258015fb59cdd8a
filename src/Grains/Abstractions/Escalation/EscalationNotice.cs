using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Abstractions.Escalation;

/// <summary>An escalation step notifying someone about an incident; delivered to their screens.</summary>
/// <param name="Incident">The incident as it stands.</param>
/// <param name="Target">Who the step addresses.</param>
/// <param name="Recipients">The people notified; empty when the step addresses the operators.</param>
/// <param name="Step">The running step index.</param>
/// <param name="Deadline">When the step gives up waiting for an acceptance.</param>
/// <param name="Reason">Why operators are told, when they are: nobody on duty, escalation exhausted, emergency services.</param>
[GenerateSerializer, Immutable, Alias("rc.EscalationNotice")]
public sealed record EscalationNotice(
    [property: Id(0)] IncidentView Incident,
    [property: Id(1)] NotifyTarget Target,
    [property: Id(2)] IReadOnlyList<StaffId> Recipients,
    [property: Id(3)] int Step,
    [property: Id(4)] DateTimeOffset? Deadline,
    [property: Id(5)] string? Reason);
