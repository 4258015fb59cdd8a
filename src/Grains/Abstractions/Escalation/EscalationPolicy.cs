using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Abstractions.Escalation;

/// <summary>
/// How an incident escalates until someone accepts it. Applies to the listed kinds (empty: any kind)
/// at the given priority (null: any priority); the first matching policy of a tenant is used.
/// </summary>
/// <param name="Name">A name for operators and error messages.</param>
/// <param name="Kinds">Incident kinds it applies to; empty for all.</param>
/// <param name="Priority">Priority it applies to; null for all.</param>
/// <param name="Steps">The ordered steps; at least one.</param>
/// <param name="Repeats">How many times the whole sequence runs again after its last step (0 or more, at most 10).</param>
[GenerateSerializer, Immutable, Alias("rc.EscalationPolicy")]
public sealed record EscalationPolicy(
    [property: Id(0)] string Name,
    [property: Id(1)] IReadOnlyList<IncidentKind> Kinds,
    [property: Id(2)] IncidentPriority? Priority,
    [property: Id(3)] IReadOnlyList<EscalationStep> Steps,
    [property: Id(4)] int Repeats);
