namespace ResponseCentre.Grains.Feed;

/// <summary>
/// Where a subscriber lives, when Orleans says: an observer created in a silo (every dashboard and
/// gateway host of the embedded system) is a "hosted" client of that silo, and its id names the silo.
/// </summary>
internal static class SubscriberHost
{
    private const string HostedPrefix = "hosted-";

    /// <summary>The silo hosting <paramref name="observer"/>, or null for an external client (whose liveness the feed cannot see).</summary>
    public static SiloAddress? SiloOf(IAddressable observer)
    {
        // e.g. sys.client/hosted-10.0.0.5:11111@155405478+7f3c…: the client id, '+', the observer's own id.
        var key = observer.GetGrainId().Key.ToString();
        var separator = key.IndexOf('+', StringComparison.Ordinal);
        if (!key.StartsWith(HostedPrefix, StringComparison.Ordinal) || separator < 0)
        {
            return null;
        }

        try
        {
            return SiloAddress.FromParsableString(key[HostedPrefix.Length..separator]);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// True when the silo is known to be gone: declared dead, or restarted (a newer generation at the
    /// same address is a member). A silo not yet in this silo's view of the cluster is not gone.
    /// </summary>
    public static bool IsGone(SiloAddress host, ClusterMembershipSnapshot membership) =>
        membership.GetSiloStatus(host) == SiloStatus.Dead
        || membership.Members.Keys.Any(member => member.IsSuccessorOf(host));
}
