namespace ResponseCentre.Bench.Hostile;

/// <summary>An HTTP client asking <c>/health</c> every 100 ms; each answer timed (failures counted).</summary>
internal static class HealthProbe
{
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(100);

    public static async Task<(LatencySummary Latency, int Failures)> PollUntilAsync(Uri baseAddress, CancellationToken stop)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var latencies = new LatencyRecorder();
        var failures = 0;
        while (!stop.IsCancellationRequested)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative), CancellationToken.None);
                if (response.IsSuccessStatusCode)
                {
                    latencies.Record(started, System.Diagnostics.Stopwatch.GetTimestamp());
                }
                else
                {
                    failures++;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                failures++;
            }

            try
            {
                await Task.Delay(Every, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return (latencies.Summarise(), failures);
    }
}
