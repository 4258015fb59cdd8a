using ResponseCentre.Grains.Abstractions.Residents;

namespace ResponseCentre.Grains.Abstractions.Teams;

/// <summary>A team as an administrator registers it.</summary>
/// <param name="Id">The team.</param>
/// <param name="Tenant">The municipality it belongs to.</param>
/// <param name="Name">Its name as shown to operators.</param>
/// <param name="Kind">What it does.</param>
/// <param name="District">The district it covers, or null for the whole municipality.</param>
/// <param name="Members">Its people.</param>
[GenerateSerializer, Immutable, Alias("rc.TeamDefinition")]
public sealed record TeamDefinition(
    [property: Id(0)] TeamId Id,
    [property: Id(1)] TenantId Tenant,
    [property: Id(2)] string Name,
    [property: Id(3)] TeamKind Kind,
    [property: Id(4)] string? District,
    [property: Id(5)] IReadOnlyList<TeamMember> Members);
