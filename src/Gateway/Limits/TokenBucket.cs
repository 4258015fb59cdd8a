namespace ResponseCentre.Gateway.Limits;

/// <summary>A token bucket: <c>rate</c> tokens a second up to <c>capacity</c>; each message takes one. Not thread-safe: callers lock.</summary>
internal sealed class TokenBucket(double rate, int capacity, long startTimestamp)
{
    private double _tokens = capacity;
    private long _updated = startTimestamp;

    public bool TryTake(long nowTimestamp, long timestampFrequency)
    {
        var elapsedSeconds = (double)(nowTimestamp - _updated) / timestampFrequency;
        _tokens = Math.Min(capacity, _tokens + (elapsedSeconds * rate));
        _updated = nowTimestamp;
        if (_tokens < 1)
        {
            return false;
        }

        _tokens -= 1;
        return true;
    }
}
