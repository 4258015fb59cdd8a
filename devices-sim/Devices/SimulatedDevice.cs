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

/// <summary>One device with its own MQTT connection (5, or 3.1.1); the gateway requires the client id and user name to be the device id, and its secret as password.</summary>
internal sealed class SimulatedDevice : IAsyncDisposable
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan FirstRetryPause = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LongestRetryPause = TimeSpan.FromSeconds(4);

    private readonly IMqttClient _client;
    private readonly MqttClientOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _connectLock = new(1, 1);
    private bool _acksSubscribed;
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
            .WithProtocolVersion(broker.Version)
            .WithCleanStart()
            .WithTimeout(ReplyTimeout)
            .Build();
    }

    public string DeviceId { get; }

    /// <summary>How many publishes were sent again after a rate-limit or overload refusal, or a connection the centre closed without a PUBACK.</summary>
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

                if (_acksSubscribed)
                {
                    // A clean session starts without subscriptions: listen for acks again after a reconnect.
                    await SubscribeAcksAsync(cancellationToken);
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

        await SubscribeAcksAsync(cancellationToken);
        _acksSubscribed = true;
    }

    private Task<MqttClientSubscribeResult> SubscribeAcksAsync(CancellationToken cancellationToken) =>
        _client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(AcksTopic, MqttQualityOfServiceLevel.AtLeastOnce)
            .Build(), cancellationToken);

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
    /// Publishes at QoS 1 and returns the PUBACK. A message the centre could not take yet is kept and
    /// sent again after a growing pause (250 ms doubling up to 4 s) until it is taken or
    /// <paramref name="cancellationToken"/> fires, as a real device keeps what it has not delivered:
    /// an MQTT 5 refusal about timing (rate limited, or telemetry shed under overload), or a connection
    /// closed without a PUBACK (how the centre refuses such a message on MQTT 3.1.1, whose PUBACK
    /// cannot say no, or how it answers a message it could not store). Any other refusal is returned at once.
    /// </summary>
    private async Task<MqttClientPublishResult> PublishAsync(string topic, byte[] payload, CancellationToken cancellationToken)
    {
        var builder = new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce);
        // MQTT 3.1.1 has no message properties.
        var message = (_options.ProtocolVersion == MqttProtocolVersion.V500 ? builder.WithContentType("application/json") : builder).Build();
        var pause = FirstRetryPause;
        while (true)
        {
            await EnsureConnectedAsync(cancellationToken);
            try
            {
                var result = await _client.PublishAsync(message, cancellationToken);
                if (!IsWorthRetrying(result))
                {
                    return result;
                }
            }
            catch (Exception ex) when (ex.IsConnectionProblem(cancellationToken) && ex is not MqttCommunicationTimedOutException)
            {
                // Dropped before the PUBACK: the message is still ours; the next round reconnects and sends it again.
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
