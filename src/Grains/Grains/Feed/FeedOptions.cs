namespace ResponseCentre.Grains.Feed;

/// <summary>How the incident feed treats its subscribers.</summary>
public sealed class FeedOptions
{
    /// <summary>
    /// How long a dashboard's subscription lasts without renewal (default 5 minutes). A dashboard
    /// host that dies stops renewing, and the feed forgets it after this long.
    /// </summary>
    public static readonly TimeSpan SubscriptionLifetime = TimeSpan.FromMinutes(5);
}
