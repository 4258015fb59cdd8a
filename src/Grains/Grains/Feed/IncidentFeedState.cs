using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Feed;

[GenerateSerializer, Alias("rc.IncidentFeedState")]
public sealed class IncidentFeedState
{
    /// <summary>Open incidents by incident id. Keyed by the plain string so any storage serializer can round-trip it.</summary>
    [Id(0)] public Dictionary<string, IncidentView> Open { get; set; } = [];
}
