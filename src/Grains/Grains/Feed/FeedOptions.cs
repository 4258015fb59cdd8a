namespace ResponseCentre.Grains.Feed;

/// <summary>How the incident feed treats its subscribers.</summary>
public sealed class FeedOptions
{
    /// <summary>
    /// How long a subscription lasts without renewal (one minute: four renewals). A host that dies
    /// stops renewing and the feed forgets it after this long. One whose silo the membership shows gone
    /// (dead, or restarted) is dropped at once; an external client's is not visible, so until it expires
    /// every change sends it a one-way message that Orleans discards with a warning: kept short.
    /// </summary>
    public static readonly TimeSpan SubscriptionLifetime = TimeSpan.FromMinutes(1);
}
