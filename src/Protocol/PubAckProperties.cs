namespace ResponseCentre.Protocol;

/// <summary>
/// What a refused MQTT 5 PUBACK carries besides its reason code. The code alone is ambiguous
/// (0x97 means both "too large" and "too fast"), so the rejection's name travels as a user property
/// and a device can tell a message to drop from one to send again.
/// </summary>
public static class PubAckProperties
{
    /// <summary>User property naming the <see cref="RejectionReason"/>, e.g. <c>reason: RateLimited</c>.</summary>
    public const string Reason = "reason";

    /// <summary>True for refusals about timing, not content: the same message sent again later may be accepted.</summary>
    public static bool IsWorthRetrying(RejectionReason reason) => reason is RejectionReason.RateLimited or RejectionReason.Overloaded;
}
