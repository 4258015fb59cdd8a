using ResponseCentre.Grains.Abstractions.Directory;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Directory;

[GenerateSerializer, Alias("rc.TenantDirectoryState")]
public sealed class TenantDirectoryState
{
    /// <summary>Residents by id.</summary>
    [Id(0)] public Dictionary<string, ResidentSummary> Residents { get; set; } = [];

    [Id(1)] public List<TeamId> Teams { get; set; } = [];
}
