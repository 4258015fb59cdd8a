using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Abstractions.Residents;

/// <summary>Who a resident is, as far as routing an alarm needs to know.</summary>
/// <param name="Id">The resident.</param>
/// <param name="Tenant">The municipality the resident belongs to.</param>
/// <param name="Name">The resident's name as shown to operators.</param>
/// <param name="District">The district within the municipality, which chooses the team on duty.</param>
/// <param name="CareLevel">How much care the resident needs.</param>
/// <param name="AssignedTeams">Teams that know the resident (e.g. their dementia team), which routing may prefer.</param>
[GenerateSerializer, Immutable, Alias("rc.ResidentProfile")]
public sealed record ResidentProfile(
    [property: Id(0)] ResidentId Id,
    [property: Id(1)] TenantId Tenant,
    [property: Id(2)] string Name,
    [property: Id(3)] string District,
    [property: Id(4)] CareLevel CareLevel,
    [property: Id(5)] IReadOnlyList<TeamId> AssignedTeams);
