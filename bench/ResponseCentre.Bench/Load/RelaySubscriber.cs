using System.Diagnostics;
using System.Threading.Channels;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using ResponseCentre.Protocol;

namespace ResponseCentre.Bench.Load;

/// <summary>
/// A QoS 1 subscriber to Mosquitto: the consumer of everything devices publish (what the gateway is
/// to our broker), or one of alarms only (what the dashboard is to our system). Counts what it
/// receives, and hands alarms' arrival times to a waiting latency probe.
/// </summary>
internal sealed class RelaySubscriber : IDisposable
{
    private readonly IMqttClient _client;
    private readonly Channel<(string Topic, long Received)> _alarms = Channel.CreateUnbounded<(string, long)>();
    private long _received;

    private RelaySubscriber(IMqttClient client)
    {
        _client = client;
        _client.ApplicationMessageReceivedAsync += args =>
        {
            Interlocked.Increment(ref _received);
            if (WatchAlarms && args.ApplicationMessage.Topic.EndsWith(Topics.EventsSuffix, StringComparison.Ordinal))
            {
                _alarms.Writer.TryWrite((args.ApplicationMessage.Topic, Stopwatch.GetTimestamp()));
            }

            return Task.CompletedTask;
        };
    }

    public long Received => Interlocked.Read(ref _received);

    /// <summary>Whether alarms' arrivals are kept for <see cref="WaitForAlarmAsync"/>.</summary>
    public bool WatchAlarms { get; set; }

    /// <summary>Connects as <paramref name="clientId"/> and subscribes to the alarms, and to telemetry too unless <paramref name="alarmsOnly"/>.</summary>
    public static async Task<RelaySubscriber> ConnectAsync(int port, string clientId, bool alarmsOnly)
    {
        var client = new MqttClientFactory().CreateMqttClient();
        await client.ConnectAsync(new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", port)
            .WithClientId(clientId)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .Build());
        var subscriber = new RelaySubscriber(client);
        client.DisconnectedAsync += args =>
        {
            LoadBenchmark.Progress($"  Mosquitto's subscriber {clientId} was disconnected: {args.Reason} {args.ReasonString}");
            return Task.CompletedTask;
        };
        var topics = new MqttClientSubscribeOptionsBuilder().WithTopicFilter(Topics.AllDeviceEvents, MqttQualityOfServiceLevel.AtLeastOnce);
        if (!alarmsOnly)
        {
            topics.WithTopicFilter(Topics.AllDeviceTelemetry, MqttQualityOfServiceLevel.AtLeastOnce);
        }

        await client.SubscribeAsync(topics.Build());
        return subscriber;
    }

    /// <summary>When the alarm published on <paramref name="topic"/> arrived (a <see cref="Stopwatch"/> timestamp).</summary>
    public async Task<long> WaitForAlarmAsync(string topic, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            var (arrived, received) = await _alarms.Reader.ReadAsync(cancel.Token);
            if (arrived == topic)
            {
                return received;
            }
        }
    }

    public void Dispose() => _client.Dispose();
}
