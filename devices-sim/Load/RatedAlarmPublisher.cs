using ResponseCentre.DevicesSim.Devices;
using ResponseCentre.Protocol;

namespace ResponseCentre.DevicesSim.Load;

/// <summary>Publishes alarms of random kinds from random devices at a steady total rate.</summary>
internal sealed class RatedAlarmPublisher(
    IReadOnlyList<SimulatedDevice> devices, LoadCounters counters, TimeProvider time, Random random) : IDisposable
{
    // Each tick sends however many alarms are due, so high rates need no timer finer than this.
    private static readonly TimeSpan ShortestTick = TimeSpan.FromMilliseconds(10);
    private static readonly AlarmKind[] Kinds = Enum.GetValues<AlarmKind>();
    private const int FailuresShown = 5;

    private readonly MessageIdSequence _messageIds = new(time);
    private readonly List<Task> _inFlight = [];
    private readonly CancellationTokenSource _abandon = new();

    /// <summary>Sends alarms until <paramref name="stopping"/> fires, without waiting for their PUBACKs.</summary>
    public async Task PublishAsync(double alarmsPerSecond, CancellationToken stopping)
    {
        var tick = TimeSpan.FromSeconds(1 / alarmsPerSecond);
        using var timer = new PeriodicTimer(tick < ShortestTick ? ShortestTick : tick, time);
        var start = time.GetTimestamp();
        long sent = 0;
        try
        {
            do
            {
                // Counted from the start rather than per tick, so a late tick catches up and the total rate holds.
                var due = (long)(time.GetElapsedTime(start).TotalSeconds * alarmsPerSecond) + 1;
                for (; sent < due; sent++)
                {
                    _inFlight.Add(PublishOneAsync());
                }

                _inFlight.RemoveAll(publish => publish.IsCompleted);
            }
            while (await timer.WaitForNextTickAsync(stopping));
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Time is up or Ctrl+C was pressed; what is in flight is left to DrainAsync.
        }
    }

    /// <summary>Waits for the PUBACKs still outstanding; after <paramref name="patience"/> the rest count as failed.</summary>
    public async Task DrainAsync(TimeSpan patience)
    {
        var all = Task.WhenAll(_inFlight);
        try
        {
            await all.WaitAsync(patience, time);
        }
        catch (TimeoutException)
        {
            await _abandon.CancelAsync();
            await all;
        }
    }

    public void Dispose() => _abandon.Dispose();

    private async Task PublishOneAsync()
    {
        var device = devices[random.Next(devices.Count)];
        var kind = Kinds[random.Next(Kinds.Length)];
        counters.RecordPublished();
        try
        {
            counters.RecordPubAck(await device.PublishAlarmAsync(kind, _messageIds.Next(), _abandon.Token));
        }
        catch (Exception ex) when (ex.IsConnectionProblem(CancellationToken.None))
        {
            if (counters.RecordFailed() <= FailuresShown)
            {
                Console.Error.WriteLine($"{device.DeviceId} publish failed: {ex.Describe()}");
            }
        }
    }
}
