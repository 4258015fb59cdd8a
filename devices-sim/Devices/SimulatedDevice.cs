using System.Text.Json;
using MQTTnet;
using MQTTnet.Exceptions;
using MQTTnet.Formatter;
using MQTTnet.Packets;
using MQTTnet.Protocol;
using ResponseCentre.Protocol;
using ResponseCentre.Protocol.Status;
using ResponseCentre.Protocol.Telemetry;

namespace ResponseCentre.DevicesSim.Devices;

/// <summary>One device with its own MQTT 5 connection; the gateway requires the client id and user name to be the device id, and its secret as password.</summary>
internal sealed class SimulatedDevice : IAsyncDisposable
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan FirstRetryPause = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LongestRetryPause = TimeSpan.FromSeconds(4);
    private const int MaxAttempts = 10;

    private readonly IMqttClient _client;
    private readonly MqttClientOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _connectLock = new(1, 1);
    private int _sentAgain;

    public SimulatedDevice(string deviceId, BrokerEndpoint broker, TimeProvider time)
    {
        DeviceId = deviceId;
        _time = time;
        _client = new MqttClientFactory().CreateMqttClient();
        _options = new MqttClientOptionsBuilder()
            .WithTcpServer(broker.Host, broker.Port)
            .WithClientId(deviceId)
            .WithCredentials(deviceId, broker.Secret)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithCleanStart()
            .WithTimeout(ReplyTimeout)
            .Build();
    }

    public string DeviceId { get; }

    /// <summary>How many publishes were sent again after a rate-limit or overload refusal.</summary>
    public int SentAgain => Volatile.Read(ref _sentAgain);

    public string EventsTopic => Topics.DeviceEvents(DeviceId);

    public string AcksTopic => Topics.DeviceAcks(DeviceId);

    /// <summary>Connects unless already connected; publishers share this, so a dropped connection is restored once.</summary>
    public async Task EnsureConnectedAsync(CancellationToken cancellationToken)
    {
        if (_client.IsConnected)
        {
            return;
        }

        await _connectLock.WaitAsync(cancellationToken);
        try
        {
            if (!_client.IsConnected)
            {
                // MQTTnet 5 reports a refused CONNACK as a result, not an exception.
                var connack = await _client.ConnectAsync(_options, cancellationToken);
                if (connack.ResultCode != MqttClientConnectResultCode.Success)
                {
                    throw new ConnectionRefusedException(DeviceId, connack.ResultCode, connack.ReasonString);
                }
            }
        }
        finally
        {
            _connectLock.Release();
        }
    }

    /// <summary>Subscribes to this device's ack topic and hands every acknowledgement that arrives to <paramref name="onAck"/>.</summary>
    public async Task SubscribeToAcksAsync(Action<AckMessage> onAck, CancellationToken cancellationToken)
    {
        _client.ApplicationMessageReceivedAsync += args =>
        {
            if (args.ApplicationMessage.Topic == AcksTopic)
            {
                HandleAck(args.ApplicationMessage, onAck);
            }

            return Task.CompletedTask;
        };

        var subscription = new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(AcksTopic, MqttQualityOfServiceLevel.AtLeastOnce)
            .Build();
        await _client.SubscribeAsync(subscription, cancellationToken);
    }

    /// <summary>Publishes one alarm stamped now at QoS 1 and returns once the broker's PUBACK arrives.</summary>
    public Task<MqttClientPublishResult> PublishAlarmAsync(AlarmKind kind, string messageId, CancellationToken cancellationToken)
    {
        var alarm = new AlarmEventMessage(DeviceId, messageId, kind, _time.GetUtcNow());
        return PublishAsync(EventsTopic, JsonSerializer.SerializeToUtf8Bytes(alarm, ProtocolJsonContext.Default.AlarmEventMessage), cancellationToken);
    }

    /// <summary>Publishes sensor readings measured at <paramref name="measuredAt"/> at QoS 1; returns on the PUBACK.</summary>
    public Task<MqttClientPublishResult> PublishTelemetryAsync(
        IReadOnlyDictionary<string, object> readings, string messageId, DateTimeOffset measuredAt, CancellationToken cancellationToken)
    {
        var values = readings.ToDictionary(reading => reading.Key, reading => reading.Value switch
        {
            bool flag => JsonSerializer.SerializeToElement(flag, ProtocolJsonContext.Default.Boolean),
            double number => JsonSerializer.SerializeToElement(number, ProtocolJsonContext.Default.Double),
            var other => throw new ArgumentException($"Reading '{reading.Key}' is {other.GetType().Name}; readings are bool or double.", nameof(readings)),
        });
        var telemetry = new TelemetryMessage(DeviceId, messageId, measuredAt, values);
        return PublishAsync(Topics.DeviceTelemetry(DeviceId), JsonSerializer.SerializeToUtf8Bytes(telemetry, ProtocolJsonContext.Default.TelemetryMessage), cancellationToken);
    }

    /// <summary>Publishes a heartbeat (<c>alive</c>) with the device's battery level at QoS 1; returns on the PUBACK.</summary>
    public Task<MqttClientPublishResult> PublishHeartbeatAsync(int battery, string messageId, CancellationToken cancellationToken)
    {
        var status = new DeviceStatusMessage(DeviceId, DeviceLinkState.Alive, messageId, _time.GetUtcNow(), battery, MainsPower.On, Tamper: false);
        return PublishAsync(Topics.DeviceStatus(DeviceId), JsonSerializer.SerializeToUtf8Bytes(status, DeviceStatusJsonContext.Default.DeviceStatusMessage), cancellationToken);
    }

    /// <summary>
    /// Publishes at QoS 1 and returns the PUBACK. A refusal about timing (rate limited, or telemetry
    /// shed under overload) is sent again after a growing pause, as a real device keeps what the
    /// centre could not take yet; any other refusal is returned at once.
    /// </summary>
    private async Task<MqttClientPublishResult> PublishAsync(string topic, byte[] payload, CancellationToken cancellationToken)
    {
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithContentType("application/json")
            .Build();
        var pause = FirstRetryPause;
        for (var attempt = 1; ; attempt++)
        {
            await EnsureConnectedAsync(cancellationToken);
            var result = await _client.PublishAsync(message, cancellationToken);
            if (attempt == MaxAttempts || !IsWorthRetrying(result))
            {
                return result;
            }

            Interlocked.Increment(ref _sentAgain);
            await Task.Delay(pause, _time, cancellationToken);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestRetryPause.Ticks));
        }
    }

    private static bool IsWorthRetrying(MqttClientPublishResult result) =>
        result.ReasonCode == MqttClientPublishReasonCode.QuotaExceeded
        && result.UserProperties?.FirstOrDefault(p => p.Name == PubAckProperties.Reason) is { } property
        && Enum.TryParse<RejectionReason>(property.ReadValueAsString(), out var reason)
        && PubAckProperties.IsWorthRetrying(reason);

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            try
            {
                await _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder()
                    .WithReason(MqttClientDisconnectOptionsReason.NormalDisconnection)
                    .Build());
            }
            catch (MqttCommunicationException)
            {
                // The connection is going away anyway; a failed goodbye changes nothing.
            }
        }

        _client.Dispose();
        _connectLock.Dispose();
    }

    private void HandleAck(MqttApplicationMessage message, Action<AckMessage> onAck)
    {
        AckMessage ack;
        try
        {
            ack = AckPayloadReader.Read(message.Payload);
        }
        catch (JsonException ex)
        {
            Console.Error.WriteLine($"{DeviceId}: unreadable ack on {message.Topic}: {ex.Message}");
            return;
        }

        onAck(ack);
    }
}
