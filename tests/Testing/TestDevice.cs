using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using ResponseCentre.Protocol;

namespace ResponseCentre.Testing;

/// <summary>A device on a real MQTTnet client over loopback, listening on its ack topic.</summary>
public sealed class TestDevice : IAsyncDisposable
{
    private readonly IMqttClient _client;
    private readonly Channel<AckMessage> _acks = Channel.CreateUnbounded<AckMessage>();
    private int _nextMessageId;

    private TestDevice(string deviceId, IMqttClient client)
    {
        DeviceId = deviceId;
        _client = client;
        _client.ApplicationMessageReceivedAsync += args =>
        {
            var ack = JsonSerializer.Deserialize(args.ApplicationMessage.Payload.FirstSpan, ProtocolJsonContext.Default.AckMessage);
            _acks.Writer.TryWrite(ack!);
            return Task.CompletedTask;
        };
    }

    /// <summary>The secret every seeded demo device has (demo.json's demoDeviceSecret); real devices get their own.</summary>
    public const string DemoSecret = "demo-device-secret";

    /// <summary>The zigbee2mqtt bridge account configured in the dashboard's appsettings.json.</summary>
    public const string DemoBridgeUser = "zigbee2mqtt";

    public const string DemoBridgeSecret = "demo-bridge-secret";

    public string DeviceId { get; }

    public ChannelReader<AckMessage> Acks => _acks.Reader;

    /// <summary>Connects as <paramref name="deviceId"/> with its secret (the demo secret unless given) and subscribes to its acks.</summary>
    public static async Task<TestDevice> ConnectAsync(
        int port, string deviceId, MqttProtocolVersion version = MqttProtocolVersion.V500, string password = DemoSecret)
    {
        var client = new MqttClientFactory().CreateMqttClient();
        var device = new TestDevice(deviceId, client);
        var connack = await client.ConnectAsync(new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", port)
            .WithClientId(deviceId)
            .WithCredentials(deviceId, password)
            .WithProtocolVersion(version)
            .Build());
        if (connack.ResultCode != MqttClientConnectResultCode.Success)
        {
            client.Dispose();
            throw new InvalidOperationException($"The broker refused {deviceId}: CONNACK {connack.ResultCode}");
        }

        await client.SubscribeAsync(Topics.DeviceAcks(deviceId), MqttQualityOfServiceLevel.AtLeastOnce);
        return device;
    }

    /// <summary>Publishes a valid alarm at QoS 1 and returns the broker's PUBACK.</summary>
    public Task<MqttClientPublishResult> PublishAlarmAsync(AlarmKind kind, string? messageId = null)
    {
        var message = new AlarmEventMessage(
            DeviceId,
            messageId ?? Interlocked.Increment(ref _nextMessageId).ToString(CultureInfo.InvariantCulture),
            kind,
            DateTimeOffset.UtcNow);
        return PublishAsync(Topics.DeviceEvents(DeviceId), JsonSerializer.SerializeToUtf8Bytes(message, ProtocolJsonContext.Default.AlarmEventMessage));
    }

    public Task<MqttClientPublishResult> PublishAsync(string topic, byte[] payload) =>
        _client.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build());

    public bool IsConnected => _client.IsConnected;

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync();
        }

        _client.Dispose();
    }
}
