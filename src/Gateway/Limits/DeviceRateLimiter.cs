using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ResponseCentre.Gateway.Limits;

/// <summary>
/// Per-device rate limits: one bucket for alarms, one for everything else, so a flooding device
/// is held back without slowing any other device, and its sensors cannot starve its alarm button.
/// Telemetry and status beyond the limit are refused (the device sends them again); alarms are
/// never refused, only paced.
/// </summary>
internal sealed class DeviceRateLimiter(IOptions<GatewayLimitsOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (TokenBucket Alarms, TokenBucket Others)> _buckets = new(StringComparer.Ordinal);

    /// <summary>Takes a token for a telemetry or status message; false when the device is over its limit.</summary>
    public bool TryAcquire(string deviceId)
    {
        var now = time.GetTimestamp();
        var bucket = BucketsOf(deviceId, now).Others;
        lock (bucket)
        {
            return bucket.TryTake(now, time.TimestampFrequency);
        }
    }

    /// <summary>
    /// Completes when the device's alarm bucket yields a token for this alarm: at once within the
    /// burst, later beyond it. The broker handles one PUBLISH per connection at a time and sends
    /// the PUBACK after it, so waiting here slows that one device's acks and nothing else.
    /// </summary>
    public Task WaitForAlarmTurnAsync(string deviceId, CancellationToken cancellationToken)
    {
        var now = time.GetTimestamp();
        var bucket = BucketsOf(deviceId, now).Alarms;
        TimeSpan wait;
        lock (bucket)
        {
            wait = bucket.Reserve(now, time.TimestampFrequency);
        }

        return wait <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wait, time, cancellationToken);
    }

    /// <summary>Forgets a device that disconnected, so the table holds connected devices only.</summary>
    public void Forget(string deviceId) => _buckets.TryRemove(deviceId, out _);

    private (TokenBucket Alarms, TokenBucket Others) BucketsOf(string deviceId, long now) =>
        _buckets.GetOrAdd(deviceId, static (_, state) => (
            new TokenBucket(state.limits.AlarmsPerSecond, state.limits.AlarmBurst, state.now),
            new TokenBucket(state.limits.MessagesPerSecond, state.limits.Burst, state.now)), (limits: options.Value, now));
}
