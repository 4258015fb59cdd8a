using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using MQTTnet;
using MQTTnet.Protocol;
using ResponseCentre.Bench.Load;
using ResponseCentre.Protocol;

namespace ResponseCentre.Bench;

/// <summary>
/// The peer for comparison: Debian's Mosquitto relaying the same alarm payloads, QoS 1, from a
/// publisher to one subscriber, with no application work. Same client library, same machine, same run.
/// </summary>
internal static class MosquittoRelayBenchmark
{
    public static async Task<LatencySummary?> RunAsync(int alarms)
    {
        if (!LoadMosquitto.IsInstalled)
        {
            Console.WriteLine("Mosquitto is not installed (apt-get install mosquitto); skipping the peer measurement.");
            return null;
        }

        using var broker = await LoadMosquitto.StartAsync();
        var port = broker.Port;

        var received = Channel.CreateUnbounded<long>();
        using var subscriber = await ConnectAsync(port, "bench-dashboard");
        subscriber.ApplicationMessageReceivedAsync += _ =>
        {
            received.Writer.TryWrite(Stopwatch.GetTimestamp());
            return Task.CompletedTask;
        };
        await subscriber.SubscribeAsync(Topics.AllDeviceEvents, MqttQualityOfServiceLevel.AtLeastOnce);
        using var publisher = await ConnectAsync(port, "sim-0001");

        var recorder = new LatencyRecorder();
        for (var n = -100; n < alarms; n++) // the first 100 warm up
        {
            var payload = JsonSerializer.SerializeToUtf8Bytes(
                new AlarmEventMessage("sim-0001", n.ToString(CultureInfo.InvariantCulture), AlarmKind.PushButton, DateTimeOffset.UtcNow),
                ProtocolJsonContext.Default.AlarmEventMessage);
            var start = Stopwatch.GetTimestamp();
            await publisher.PublishAsync(new MqttApplicationMessageBuilder()
                .WithTopic(Topics.DeviceEvents("sim-0001"))
                .WithPayload(new ReadOnlySequence<byte>(payload))
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                .Build());
            var end = await received.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
            if (n >= 0)
            {
                recorder.Record(start, end);
            }
        }

        return recorder.Summarise();
    }

    private static async Task<IMqttClient> ConnectAsync(int port, string clientId)
    {
        var client = new MqttClientFactory().CreateMqttClient();
        await client.ConnectAsync(new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", port)
            .WithClientId(clientId)
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500)
            .Build());
        return client;
    }
}
