using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Dashboard.Registry;

/// <summary>A team and its roster as listed in the seed file.</summary>
public sealed record SeedTeam(TeamDefinition Team, Roster? Roster);
