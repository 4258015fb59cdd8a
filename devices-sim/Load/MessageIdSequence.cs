using System.Globalization;

namespace ResponseCentre.DevicesSim.Load;

/// <summary>
/// Hands out message ids unique to this run. The run's start time is part of each id because the centre
/// treats a repeated (device, message id) as a redelivery, and devices are reused from run to run.
/// </summary>
internal sealed class MessageIdSequence(TimeProvider time)
{
    private readonly string _runTag = time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
    private long _last;

    public string Next() => string.Create(CultureInfo.InvariantCulture, $"run{_runTag}-{Interlocked.Increment(ref _last)}");
}
