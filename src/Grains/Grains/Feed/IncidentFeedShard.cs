using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Feed;

/// <summary>
/// One part of the open queue, stored under a state name of its own. Every incident change writes
/// only its part: with thousands of incidents open, a change writes tens of kilobytes, not the whole
/// queue (whose serialized size would land on the large-object heap and drive full collections).
/// </summary>
[GenerateSerializer, Alias("rc.IncidentFeedShard")]
public sealed class IncidentFeedShard
{
    /// <summary>Open incidents of this part, by incident id. Keyed by the plain string so any storage serializer can round-trip it.</summary>
    [Id(0)] public Dictionary<string, IncidentView> Open { get; set; } = [];

    public const int Count = 16;

    /// <summary>The part an incident belongs to: a hash that is the same in every process, as the parts are stored.</summary>
    public static int Of(IncidentId incident)
    {
        // FNV-1a over the id's UTF-16 code units; string.GetHashCode is randomized per process.
        var hash = 2166136261u;
        foreach (var unit in incident.Value)
        {
            hash = (hash ^ unit) * 16777619u;
        }

        return (int)(hash % Count);
    }

    public static string StateName(int shard) => $"feed-{shard:D2}";
}
