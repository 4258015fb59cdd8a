using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace ResponseCentre.TimeSeries.Tests;

/// <summary>
/// A fake clock that tells when the code under test arms a timer (a Polly backoff, a flush window),
/// so a test can advance time exactly when something waits on it instead of guessing with delays.
/// </summary>
internal sealed class ManualClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly ConcurrentQueue<TimeSpan> _armed = new();
    private readonly Channel<bool> _signals = Channel.CreateUnbounded<bool>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ObservedTimer(base.CreateTimer(callback, state, dueTime, period), this);
        Armed(dueTime);
        return timer;
    }

    /// <summary>
    /// Until <paramref name="done"/> holds: advances the clock by each timer armed, and otherwise waits
    /// for a timer to be armed or for <paramref name="status"/> to change. Fails when nothing happens for 30 s.
    /// </summary>
    public async Task DriveUntilAsync(TimeSeriesStatus status, Func<bool> done)
    {
        void OnChanged(object? sender, EventArgs e) => _signals.Writer.TryWrite(true);
        status.Changed += OnChanged;
        try
        {
            while (!done())
            {
                if (_armed.TryDequeue(out var due))
                {
                    Advance(due);
                    continue;
                }

                try
                {
                    await _signals.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
                }
                catch (TimeoutException ex)
                {
                    throw new TimeoutException($"Nothing happened for 30 s: {status.Describe()}", ex);
                }
            }
        }
        finally
        {
            status.Changed -= OnChanged;
        }
    }

    private void Armed(TimeSpan dueTime)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _armed.Enqueue(dueTime);
            _signals.Writer.TryWrite(true);
        }
    }

    private sealed class ObservedTimer(ITimer inner, ManualClock clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = inner.Change(dueTime, period);
            clock.Armed(dueTime);
            return changed;
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
