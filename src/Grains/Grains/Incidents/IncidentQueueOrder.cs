using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Incidents;

/// <summary>The order of the operators' queue: most urgent first, then oldest first.</summary>
public sealed class IncidentQueueOrder : IComparer<IncidentView>
{
    public static IncidentQueueOrder Instance { get; } = new();

    public int Compare(IncidentView? x, IncidentView? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var byPriority = x.Priority.CompareTo(y.Priority);
        if (byPriority != 0)
        {
            return byPriority;
        }

        var byAge = x.RaisedAt.CompareTo(y.RaisedAt);
        return byAge != 0 ? byAge : string.CompareOrdinal(x.Id.Value, y.Id.Value);
    }
}
