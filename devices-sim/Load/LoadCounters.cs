using System.Collections.Concurrent;
using MQTTnet;

namespace ResponseCentre.DevicesSim.Load;

/// <summary>What happened to the alarms of a run, updated from many publishes at once.</summary>
internal sealed class LoadCounters
{
    private readonly ConcurrentDictionary<MqttClientPublishReasonCode, int> _rejectionsByReason = new();
    private long _published;
    private long _acknowledged;
    private long _rejected;
    private long _failed;

    public long Published => Interlocked.Read(ref _published);

    public long Acknowledged => Interlocked.Read(ref _acknowledged);

    public long Rejected => Interlocked.Read(ref _rejected);

    public long Failed => Interlocked.Read(ref _failed);

    public long InFlight => Published - Acknowledged - Rejected - Failed;

    public void RecordPublished() => Interlocked.Increment(ref _published);

    public long RecordFailed() => Interlocked.Increment(ref _failed);

    public void RecordPubAck(MqttClientPublishResult result)
    {
        if (result.IsSuccess)
        {
            Interlocked.Increment(ref _acknowledged);
            return;
        }

        _rejectionsByReason.AddOrUpdate(result.ReasonCode, 1, (_, count) => count + 1);
        Interlocked.Increment(ref _rejected);
    }

    public string Describe()
    {
        var reasons = _rejectionsByReason.IsEmpty
            ? ""
            : $" ({string.Join(", ", _rejectionsByReason.Select(pair => $"{pair.Key} {pair.Value}"))})";
        return $"published {Published}, acknowledged {Acknowledged}, rejected {Rejected}{reasons}, failed {Failed}, in flight {InFlight}";
    }
}
