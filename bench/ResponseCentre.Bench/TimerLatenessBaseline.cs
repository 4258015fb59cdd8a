namespace ResponseCentre.Bench;

/// <summary>
/// The peer for deadline lateness: the same number of plain one-shot .NET timers, due at the
/// same spread of times, in the same process, with no grain, storage or SignalR work.
/// </summary>
internal static class TimerLatenessBaseline
{
    public static async Task<LatencySummary> RunAsync(int count, TimeSpan spread, TimeSpan wait)
    {
        var recorder = new LatencyRecorder();
        var done = new TaskCompletionSource();
        var fired = 0;
        var timers = new List<ITimer>(count);
        var start = TimeProvider.System.GetUtcNow();
        for (var n = 0; n < count; n++)
        {
            var due = start + wait + spread * n / count;
            timers.Add(TimeProvider.System.CreateTimer(_ =>
            {
                recorder.Record(TimeProvider.System.GetUtcNow() - due);
                if (Interlocked.Increment(ref fired) == count)
                {
                    done.TrySetResult();
                }
            }, null, due - TimeProvider.System.GetUtcNow(), Timeout.InfiniteTimeSpan));
        }

        await done.Task.WaitAsync(wait + spread + TimeSpan.FromSeconds(30));
        timers.ForEach(timer => timer.Dispose());
        return recorder.Summarise();
    }
}
