using System.Globalization;

namespace ResponseCentre.TimeSeries.Tests;

internal static class StatusWaits
{
    /// <summary>Waits for the status to satisfy a condition, woken by its Changed event (no polling); fails after a bounded time.</summary>
    public static async Task WaitUntilAsync(this TimeSeriesStatus status, Func<TimeSeriesStatus, bool> condition, TimeSpan? timeout = null)
    {
        var met = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check(object? sender, EventArgs e)
        {
            if (condition(status))
            {
                met.TrySetResult();
            }
        }

        status.Changed += Check;
        try
        {
            Check(null, EventArgs.Empty);
            await met.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"Status never got there: {status.Describe()}", ex);
        }
        finally
        {
            status.Changed -= Check;
        }
    }

    public static string Describe(this TimeSeriesStatus status) => string.Create(CultureInfo.InvariantCulture,
        $"state {status.State}, {status.BufferedPoints} buffered, {status.PointsWritten} written, last write {status.LastSuccessfulWrite:O}, last error {status.LastError}");
}
