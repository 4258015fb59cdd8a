using ResponseCentre.Grains.Abstractions.Statistics;

namespace ResponseCentre.Grains.Statistics;

[GenerateSerializer, Alias("rc.IncidentStatsState")]
public sealed class IncidentStatsState
{
    /// <summary>Closed incidents in the order they were recorded (oldest first).</summary>
    [Id(0)] public List<ClosedIncident> Closed { get; set; } = [];
}
