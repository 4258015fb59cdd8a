using ResponseCentre.Grains.Abstractions.Feed;
using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Feed;

[GenerateSerializer, Alias("rc.IncidentFeedState")]
public sealed class IncidentFeedState
{
    /// <summary>
    /// The open queue as it was stored before it moved to <see cref="IncidentFeedShard"/>s; moved
    /// there on activation. Keyed by the plain incident id string.
    /// </summary>
    [Id(0)] public Dictionary<string, IncidentView>? LegacyOpen { get; set; }

    /// <summary>
    /// Who follows the feed. Kept with the queue so that a feed reactivated on another silo (its silo
    /// died) reaches every dashboard and gateway at once, not only after their next renewal.
    /// </summary>
    [Id(1)] public List<IIncidentFeedObserver> Subscribers { get; set; } = [];
}
