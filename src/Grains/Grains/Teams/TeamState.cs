using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Teams;

[GenerateSerializer, Alias("rc.TeamState")]
public sealed class TeamState
{
    [Id(0)] public TeamDefinition? Definition { get; set; }

    [Id(1)] public Roster? Roster { get; set; }
}
