using Microsoft.Extensions.Options;

namespace ResponseCentre.Gateway.Limits;

/// <summary>
/// The priority lane: telemetry is stored through a bounded number of slots, alarms never wait for
/// one. Under overload readings queue here, and past the queue limit they are shed (refused with a
/// reason, to be sent again), while alarms go straight to the grains.
/// </summary>
internal sealed class TelemetryLane(IOptions<GatewayLimitsOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.TelemetryConcurrency, options.Value.TelemetryConcurrency);
    private int _waiting;

    /// <summary>Telemetry messages waiting for a slot now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Runs <paramref name="store"/> in a slot, or answers <paramref name="shed"/> without running it when the queue is full.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> store, Func<T> shed)
    {
        if (!_slots.Wait(0))
        {
            if (Interlocked.Increment(ref _waiting) > options.Value.TelemetryQueue)
            {
                Interlocked.Decrement(ref _waiting);
                return shed();
            }

            try
            {
                await _slots.WaitAsync();
            }
            finally
            {
                Interlocked.Decrement(ref _waiting);
            }
        }

        try
        {
            return await store();
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
