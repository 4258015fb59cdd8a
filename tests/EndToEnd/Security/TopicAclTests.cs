using MQTTnet;
using MQTTnet.Protocol;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests.Security;

/// <summary>A device publishes only on its own event, telemetry and status topics and subscribes only to its own acks.</summary>
[Collection(RunningApp.Name)]
public sealed class TopicAclTests(ResponseCentreApp app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("sim-0713", "sim-0714", "events")]
    [InlineData("sim-0715", "sim-0716", "telemetry")]
    [InlineData("sim-0717", "sim-0718", "status")]
    public async Task Publishing_on_another_device_s_topic_is_not_authorised_and_the_other_device_gets_nothing(
        string attackerId, string victimId, string channel)
    {
        await using var victim = await TestDevice.ConnectAsync(app.MqttPort, victimId);
        await using var attacker = await TestDevice.ConnectAsync(app.MqttPort, attackerId);
        var (topic, payload) = channel switch
        {
            // A message that would be valid from the victim itself: only the ACL stands in its way.
            "events" => (Topics.DeviceEvents(victimId), DevicePayloads.Alarm(victimId, "forged-1", "fall")),
            "telemetry" => (Topics.DeviceTelemetry(victimId), DevicePayloads.Telemetry(victimId, "forged-1")),
            _ => (Topics.DeviceStatus(victimId), DevicePayloads.Heartbeat(victimId, "forged-1")),
        };

        var puback = await attacker.PublishAsync(topic, payload);

        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, puback.ReasonCode);
        Assert.False(string.IsNullOrWhiteSpace(puback.ReasonString), "The refusal should say why in the PUBACK reason string.");

        // Acks to one device go out in order: had the forged message reached the victim's pipeline,
        // its ack would arrive before the ack of the victim's own alarm published afterwards.
        var own = await victim.PublishAlarmAsync(AlarmKind.PushButton, messageId: "own-1");
        Assert.Equal(MqttClientPublishReasonCode.Success, own.ReasonCode);
        var first = await victim.Acks.ReadAsync().AsTask().WaitAsync(Patience);
        Assert.Equal("own-1", first.MessageId);
        Assert.Equal(AckStatus.Received, first.Status);
    }

    [Fact]
    public async Task Subscribing_to_anything_but_its_own_acks_is_not_authorised_while_its_own_acks_are_granted()
    {
        const string deviceId = "sim-0719";
        var (client, connack) = await SecureMqtt.ConnectAsync(app.MqttPort, deviceId, deviceId, TestDevice.DemoSecret);
        using (client)
        {
            Assert.Equal(MqttClientConnectResultCode.Success, connack.ResultCode);

            // One filter per SUBSCRIBE, so each SUBACK code is unambiguously that filter's.
            Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, await SubscribeAsync(client, Topics.DeviceAcks(deviceId)));
            string[] others =
            [
                Topics.DeviceAcks("sim-0713"),
                Topics.DevicePrefix + "+/acks",
                Topics.DevicePrefix + "#",
                "#",
                Topics.DeviceEvents(deviceId),
                Topics.DeviceTelemetry("sim-0713"),
                "$SYS/#",
                "zigbee2mqtt/#",
            ];
            var granted = new List<(string Filter, MqttClientSubscribeResultCode Code)>();
            foreach (var filter in others)
            {
                granted.Add((filter, await SubscribeAsync(client, filter)));
            }

            Assert.Equal(others.Select(filter => (filter, MqttClientSubscribeResultCode.NotAuthorized)), granted);
            Assert.True(client.IsConnected);
        }
    }

    private static async Task<MqttClientSubscribeResultCode> SubscribeAsync(IMqttClient client, string filter)
    {
        var result = await client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(filter, MqttQualityOfServiceLevel.AtLeastOnce)
            .Build());
        return Assert.Single(result.Items).ResultCode;
    }
}
