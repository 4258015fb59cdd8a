namespace ResponseCentre.Gateway.Limits;

/// <summary>A token bucket: <c>rate</c> tokens a second up to <c>capacity</c>; each message takes one. Not thread-safe: callers lock.</summary>
internal sealed class TokenBucket(double rate, int capacity, long startTimestamp)
{
    private double _tokens = capacity;
    private long _updated = startTimestamp;

    /// <summary>Takes a token if one is there; false, taking nothing, when the bucket is empty.</summary>
    public bool TryTake(long nowTimestamp, long timestampFrequency)
    {
        Refill(nowTimestamp, timestampFrequency);
        if (_tokens < 1)
        {
            return false;
        }

        _tokens -= 1;
        return true;
    }

    /// <summary>
    /// Takes a token now or books the next one to come, and returns how long until it is there (zero
    /// when there was one). Bookings queue: each waits for its own token, so the rate holds.
    /// </summary>
    public TimeSpan Reserve(long nowTimestamp, long timestampFrequency)
    {
        Refill(nowTimestamp, timestampFrequency);
        _tokens -= 1;
        return _tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-_tokens / rate);
    }

    private void Refill(long nowTimestamp, long timestampFrequency)
    {
        var elapsedSeconds = (double)(nowTimestamp - _updated) / timestampFrequency;
        _tokens = Math.Min(capacity, _tokens + (elapsedSeconds * rate));
        _updated = nowTimestamp;
    }
}
