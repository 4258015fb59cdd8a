using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Abstractions.Residents;

/// <summary>Who a resident is: what routing an alarm needs to know, and what the resident card shows a responder.</summary>
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
    [property: Id(5)] IReadOnlyList<TeamId> AssignedTeams)
{
    /// <summary>Where the resident lives, as a responder finds it.</summary>
    [Id(6)] public string? Address { get; init; }

    /// <summary>How to get in: key box, door code, dog, stairs. Shown only on the resident card.</summary>
    [Id(7)] public string? AccessNotes { get; init; }

    /// <summary>Whom to call about the resident.</summary>
    [Id(8)] public IReadOnlyList<ResidentContact> Contacts { get; init; } = [];
}
