namespace ResponseCentre.DevicesSim.Load;

/// <summary>Prints the run's counters every few seconds so a long run shows it is alive.</summary>
internal static class ProgressReporter
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    public static async Task RunAsync(LoadCounters counters, TimeProvider time, long startTimestamp, CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                Console.WriteLine($"[{time.GetElapsedTime(startTimestamp).TotalSeconds,5:0}s] {counters.Describe()}");
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The run is over; the summary follows.
        }
    }
}
