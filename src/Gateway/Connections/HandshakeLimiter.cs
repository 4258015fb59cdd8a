using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ResponseCentre.Gateway.Connections;

/// <summary>
/// Paces authentication: at most so many handshakes at once and per second. A reconnect storm then
/// queues at the door instead of taking the CPU that connected devices' alarms need.
/// </summary>
internal sealed class HandshakeLimiter : IDisposable
{
    private readonly TokenBucketRateLimiter _rate;
    private readonly ConcurrencyLimiter _concurrency;
    private readonly TimeSpan _maxWait;

    public HandshakeLimiter(IOptions<ConnectionLimitsOptions> options)
    {
        var limits = options.Value;
        _maxWait = limits.ConnectTimeout;
        var perTenth = Math.Max(1, (int)Math.Ceiling(limits.HandshakesPerSecond / 10));
        _rate = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(perTenth, (int)Math.Ceiling(limits.HandshakesPerSecond)),
            TokensPerPeriod = perTenth,
            ReplenishmentPeriod = TimeSpan.FromMilliseconds(100),
            QueueLimit = limits.MaxPendingConnections,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        _concurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = limits.MaxConcurrentHandshakes,
            QueueLimit = limits.MaxPendingConnections,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>A handshake slot, held until disposed; null when none came within the connect timeout.</summary>
    public async Task<IDisposable?> TryEnterAsync(CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(_maxWait);
        try
        {
            using var paced = await _rate.AcquireAsync(1, wait.Token).ConfigureAwait(false);
            if (!paced.IsAcquired)
            {
                return null;
            }

            var slot = await _concurrency.AcquireAsync(1, wait.Token).ConfigureAwait(false);
            if (slot.IsAcquired)
            {
                return slot;
            }

            slot.Dispose();
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    public void Dispose()
    {
        _rate.Dispose();
        _concurrency.Dispose();
    }
}
