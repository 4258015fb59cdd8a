using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ResponseCentre.Gateway.Limits;

/// <summary>
/// Per-device rate limits: one bucket for alarms, one for everything else, so a flooding device
/// is refused without slowing any other device, and its sensors cannot starve its alarm button.
/// </summary>
internal sealed class DeviceRateLimiter(IOptions<GatewayLimitsOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (TokenBucket Alarms, TokenBucket Others)> _buckets = new(StringComparer.Ordinal);

    public bool TryAcquire(string deviceId, bool isAlarm)
    {
        var limits = options.Value;
        var now = time.GetTimestamp();
        var buckets = _buckets.GetOrAdd(deviceId, static (_, state) => (
            new TokenBucket(state.limits.AlarmsPerSecond, state.limits.AlarmBurst, state.now),
            new TokenBucket(state.limits.MessagesPerSecond, state.limits.Burst, state.now)), (limits, now));
        var bucket = isAlarm ? buckets.Alarms : buckets.Others;
        lock (bucket)
        {
            return bucket.TryTake(now, time.TimestampFrequency);
        }
    }

    /// <summary>Forgets a device that disconnected, so the table holds connected devices only.</summary>
    public void Forget(string deviceId) => _buckets.TryRemove(deviceId, out _);
}
