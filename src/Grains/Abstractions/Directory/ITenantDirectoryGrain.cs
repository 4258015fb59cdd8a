using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Abstractions.Directory;

/// <summary>
/// A tenant's residents and teams, for lists and search. Keyed by tenant id. Kept up to date by the
/// resident and team grains when they are registered or defined.
/// </summary>
[Alias("rc.ITenantDirectoryGrain")]
public interface ITenantDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Adds or updates a resident's entry and returns once it is stored.</summary>
    [Alias("UpsertResident")]
    Task UpsertResidentAsync(ResidentSummary resident);

    /// <summary>Removes a resident's entry (the resident moved to another tenant).</summary>
    [Alias("RemoveResident")]
    Task RemoveResidentAsync(Residents.ResidentId resident);

    /// <summary>
    /// Residents whose id, name or district contains <paramref name="query"/> (case-insensitive;
    /// null or empty: all), by name, at most <paramref name="limit"/>.
    /// </summary>
    [Alias("SearchResidents")]
    Task<IReadOnlyList<ResidentSummary>> SearchResidentsAsync(string? query, int limit);

    /// <summary>Records that the team belongs to this tenant.</summary>
    [Alias("AddTeam")]
    Task AddTeamAsync(TeamId team);

    /// <summary>Removes a team (it moved to another tenant).</summary>
    [Alias("RemoveTeam")]
    Task RemoveTeamAsync(TeamId team);

    /// <summary>The tenant's teams.</summary>
    [Alias("GetTeams")]
    Task<IReadOnlyList<TeamId>> GetTeamsAsync();
}
