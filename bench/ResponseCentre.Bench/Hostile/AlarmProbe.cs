using MQTTnet;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;

namespace ResponseCentre.Bench.Hostile;

/// <summary>A normal, connected device publishing alarms at QoS 1 one at a time; each PUBACK timed.</summary>
internal sealed class AlarmProbe(TestDevice device)
{
    private static readonly TimeSpan PubAckPatience = TimeSpan.FromSeconds(30);

    /// <summary>Publishes that got no successful PUBACK (refused, timed out, or the connection was lost).</summary>
    public int Failures { get; private set; }

    public async Task<LatencySummary> PublishAsync(int count)
    {
        var latencies = new LatencyRecorder();
        for (var n = 0; n < count; n++)
        {
            await PublishOneAsync(latencies);
        }

        return latencies.Summarise();
    }

    /// <summary>Publishes one after another until <paramref name="stop"/>, e.g. for as long as a flood or a storm lasts.</summary>
    public async Task<LatencySummary> PublishUntilAsync(CancellationToken stop)
    {
        var latencies = new LatencyRecorder();
        while (!stop.IsCancellationRequested && device.IsConnected)
        {
            await PublishOneAsync(latencies);
        }

        return latencies.Summarise();
    }

    private async Task PublishOneAsync(LatencyRecorder latencies)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var puback = await device.PublishAlarmAsync(AlarmKind.PushButton).WaitAsync(PubAckPatience);
            // A plain broker with no subscriber to the topic says so (MQTT 5) and still acknowledges the publish.
            if (puback.ReasonCode is MqttClientPublishReasonCode.Success or MqttClientPublishReasonCode.NoMatchingSubscribers)
            {
                latencies.Record(started, System.Diagnostics.Stopwatch.GetTimestamp());
                return;
            }
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException or MQTTnet.Exceptions.MqttCommunicationException)
        {
            // counted below
        }

        Failures++;
    }
}
