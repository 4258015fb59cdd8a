using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Abstractions.Escalation;

/// <summary>
/// Chooses the team for an incident. Every condition that is set must hold; the first matching
/// rule of a tenant wins. Times are local to the tenant's time zone; a window whose end is not
/// after its start runs past midnight.
/// </summary>
/// <param name="Team">The team chosen when the rule matches.</param>
/// <param name="Kinds">Incident kinds it applies to; empty for all.</param>
/// <param name="District">The resident's district; null for any.</param>
/// <param name="MinimumCareLevel">The lowest care level it applies to; null for any.</param>
/// <param name="From">Start of the local time window, inclusive; null (with <paramref name="To"/> null) for all day.</param>
/// <param name="To">End of the local time window, exclusive.</param>
/// <param name="OnlyAssignedTeam">When true, the rule matches only if <paramref name="Team"/> is one of the resident's assigned teams.</param>
[GenerateSerializer, Immutable, Alias("rc.RoutingRule")]
public sealed record RoutingRule(
    [property: Id(0)] TeamId Team,
    [property: Id(1)] IReadOnlyList<IncidentKind> Kinds,
    [property: Id(2)] string? District,
    [property: Id(3)] CareLevel? MinimumCareLevel,
    [property: Id(4)] TimeOnly? From,
    [property: Id(5)] TimeOnly? To,
    [property: Id(6)] bool OnlyAssignedTeam);
