using System.Threading.Channels;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Feed;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Signals;

namespace ResponseCentre.Grains.Tests;

/// <summary>A dashboard stand-in subscribed to the real feed grain through a real observer reference.</summary>
public sealed class FeedRecorder : IIncidentFeedObserver
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly Channel<IncidentView> _changes = Channel.CreateUnbounded<IncidentView>();
    private readonly Channel<EscalationNotice> _notices = Channel.CreateUnbounded<EscalationNotice>();
    private readonly Channel<RiskSignal> _signals = Channel.CreateUnbounded<RiskSignal>();

    public Task IncidentChangedAsync(IncidentView incident)
    {
        _changes.Writer.TryWrite(incident);
        return Task.CompletedTask;
    }

    public Task NotifiedAsync(EscalationNotice notice)
    {
        _notices.Writer.TryWrite(notice);
        return Task.CompletedTask;
    }

    public Task RiskSignalRaisedAsync(RiskSignal signal)
    {
        _signals.Writer.TryWrite(signal);
        return Task.CompletedTask;
    }

    public Task<IncidentView> WaitForAsync(Func<IncidentView, bool> match) => WaitAsync(_changes.Reader, match);

    public Task<EscalationNotice> WaitForNoticeAsync(Func<EscalationNotice, bool> match) => WaitAsync(_notices.Reader, match);

    public Task<RiskSignal> WaitForSignalAsync(Func<RiskSignal, bool> match) => WaitAsync(_signals.Reader, match);

    /// <summary>The notices received so far and not yet waited for.</summary>
    public IReadOnlyList<EscalationNotice> DrainNotices() => Drain(_notices.Reader);

    /// <summary>The risk signals received so far and not yet waited for.</summary>
    public IReadOnlyList<RiskSignal> DrainSignals() => Drain(_signals.Reader);

    private static List<T> Drain<T>(ChannelReader<T> reader)
    {
        var drained = new List<T>();
        while (reader.TryRead(out var item))
        {
            drained.Add(item);
        }

        return drained;
    }

    private static async Task<T> WaitAsync<T>(ChannelReader<T> reader, Func<T, bool> match)
    {
        using var cancel = new CancellationTokenSource(Patience);
        await foreach (var item in reader.ReadAllAsync(cancel.Token))
        {
            if (match(item))
            {
                return item;
            }
        }

        throw new InvalidOperationException("The recorder closed.");
    }
}
