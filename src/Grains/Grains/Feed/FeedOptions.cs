namespace ResponseCentre.Grains.Feed;

/// <summary>How the incident feed treats its subscribers.</summary>
public sealed class FeedOptions
{
    /// <summary>
    /// How long a subscription lasts without renewal (one minute: four renewals). A host that dies
    /// stops renewing and the feed forgets it after this long; until then every change sends it a
    /// one-way message that Orleans discards with a warning, so this is kept short.
    /// </summary>
    public static readonly TimeSpan SubscriptionLifetime = TimeSpan.FromMinutes(1);
}
