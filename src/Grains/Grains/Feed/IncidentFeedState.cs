using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Feed;

[GenerateSerializer, Alias("rc.IncidentFeedState")]
public sealed class IncidentFeedState
{
    [Id(0)] public Dictionary<IncidentId, IncidentView> Open { get; set; } = [];
}
