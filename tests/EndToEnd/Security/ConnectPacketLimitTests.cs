using System.Net;
using System.Net.Sockets;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests.Security;

/// <summary>
/// What a connection may send before and after it is authenticated: a CONNECT within seconds and
/// bytes, packets within the advertised maximum, no wildcard will topic; and where the broker listens.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class ConnectPacketLimitTests(ResponseCentreApp app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Mqtt5_devices_are_told_the_maximum_packet_size_in_the_connack()
    {
        var (client, connack) = await SecureMqtt.ConnectAsync(app.MqttPort, "sim-0971", "sim-0971", TestDevice.DemoSecret);
        using (client)
        {
            Assert.Equal(MqttClientConnectResultCode.Success, connack.ResultCode);
            Assert.Equal(65_536u, connack.MaximumPacketSize);
        }
    }

    [Theory]
    [InlineData("sim-0972", MqttProtocolVersion.V311, MqttClientDisconnectReason.NormalDisconnection)]
    [InlineData("sim-0975", MqttProtocolVersion.V500, MqttClientDisconnectReason.PacketTooLarge)]
    public async Task A_device_sending_a_packet_over_the_maximum_is_disconnected_and_can_connect_again(
        string deviceId, MqttProtocolVersion version, MqttClientDisconnectReason reason)
    {
        var (client, connack) = await SecureMqtt.ConnectAsync(app.MqttPort, deviceId, deviceId, TestDevice.DemoSecret, version);
        using (client)
        {
            Assert.Equal(MqttClientConnectResultCode.Success, connack.ResultCode);
            var disconnected = new TaskCompletionSource<MqttClientDisconnectReason>();
            client.DisconnectedAsync += args =>
            {
                disconnected.TrySetResult(args.Reason);
                return Task.CompletedTask;
            };

            var huge = new MqttApplicationMessageBuilder().WithTopic(Topics.DeviceTelemetry(deviceId))
                .WithPayload(new byte[70_000]).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build();
            await Assert.ThrowsAnyAsync<Exception>(() => client.PublishAsync(huge));
            // MQTT 5 devices are told why (DISCONNECT 0x95); MQTT 3.1.1 has no way to say it.
            Assert.Equal(reason, await disconnected.Task.WaitAsync(Patience));
        }

        await using var again = await TestDevice.ConnectAsync(app.MqttPort, deviceId, version);
        await again.PublishAlarmAsync(AlarmKind.PushButton, messageId: "after-oversize");
        Assert.Equal(AckStatus.Received, (await again.Acks.FirstMatchAsync(a => a.MessageId == "after-oversize", Patience)).Status);
    }

    [Fact]
    public async Task A_will_topic_with_wildcards_is_refused_at_connect()
    {
        var v5 = await ConnectWithWillAsync("sim-0973", "rc/v1/devices/+/events", MqttProtocolVersion.V500);
        Assert.Equal(MqttClientConnectResultCode.TopicNameInvalid, v5);

        // MQTT 3.1.1 has no CONNACK code for it: the broker closes the connection unanswered.
        await Assert.ThrowsAnyAsync<Exception>(() => ConnectWithWillAsync("sim-0974", "rc/v1/devices/#", MqttProtocolVersion.V311));
    }

    [Fact]
    public async Task The_broker_listens_only_on_the_configured_address()
    {
        // The tests bind the broker to 127.0.0.1; MQTTnet's own listener also opened [::].
        using var socket = new Socket(AddressFamily.InterNetworkV6, SocketType.Stream, ProtocolType.Tcp);

        var refused = await Assert.ThrowsAsync<SocketException>(() => socket.ConnectAsync(IPAddress.IPv6Loopback, app.MqttPort));

        Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
    }

    private async Task<MqttClientConnectResultCode> ConnectWithWillAsync(string deviceId, string willTopic, MqttProtocolVersion version)
    {
        using var client = new MqttClientFactory().CreateMqttClient();
        var result = await client.ConnectAsync(new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", app.MqttPort)
            .WithClientId(deviceId)
            .WithCredentials(deviceId, TestDevice.DemoSecret)
            .WithProtocolVersion(version)
            .WithWillTopic(willTopic)
            .WithWillPayload("gone"u8.ToArray())
            .WithTimeout(Patience)
            .Build());
        return result.ResultCode;
    }
}
