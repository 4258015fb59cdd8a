using System.Threading.Channels;
using ResponseCentre.Grains.Abstractions.Feed;
using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Tests;

/// <summary>A dashboard stand-in subscribed to the real feed grain through a real observer reference.</summary>
public sealed class FeedRecorder : IIncidentFeedObserver
{
    private readonly Channel<IncidentView> _received = Channel.CreateUnbounded<IncidentView>();

    public Task IncidentChangedAsync(IncidentView incident)
    {
        _received.Writer.TryWrite(incident);
        return Task.CompletedTask;
    }

    public async Task<IncidentView> WaitForAsync(Func<IncidentView, bool> match)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await foreach (var incident in _received.Reader.ReadAllAsync(cancel.Token))
        {
            if (match(incident))
            {
                return incident;
            }
        }

        throw new InvalidOperationException("The recorder closed.");
    }
}
