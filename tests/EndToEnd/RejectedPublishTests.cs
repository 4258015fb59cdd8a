using System.Text;
using MQTTnet;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests;

[Collection(RunningApp.Name)]
public sealed class RejectedPublishTests(ResponseCentreApp app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Malformed_payload_is_refused_with_payload_format_invalid_and_logged()
    {
        await using var device = await TestDevice.ConnectAsync(app.MqttPort, "sim-0201");

        var puback = await device.PublishAsync(Topics.DeviceEvents("sim-0201"), Encoding.UTF8.GetBytes("{\"deviceId\": \"sim-0201\", "));

        Assert.Equal(MqttClientPublishReasonCode.PayloadFormatInvalid, puback.ReasonCode);
        AssertLogged("'rc/v1/devices/sim-0201/events': MalformedPayload");
        var ack = await device.Acks.ReadAsync().AsTask().WaitAsync(Patience);
        Assert.Equal(AckStatus.Rejected, ack.Status);
    }

    [Fact]
    public async Task Unknown_device_cannot_connect_and_is_logged()
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => TestDevice.ConnectAsync(app.MqttPort, "not-registered-1"));

        Assert.Contains("BadUserNameOrPassword", refused.Message, StringComparison.Ordinal);
        AssertLogged("Refused MQTT connection of client 'not-registered-1'");
    }

    [Fact]
    public async Task Unknown_kind_is_refused_naming_the_field()
    {
        await using var device = await TestDevice.ConnectAsync(app.MqttPort, "sim-0202");
        var payload = """{"deviceId":"sim-0202","messageId":"1","kind":"dragon","timestamp":"2026-11-22T21:00:00Z"}""";

        var puback = await device.PublishAsync(Topics.DeviceEvents("sim-0202"), Encoding.UTF8.GetBytes(payload));

        Assert.Equal(MqttClientPublishReasonCode.PayloadFormatInvalid, puback.ReasonCode);
        Assert.Contains("'kind'", puback.ReasonString, StringComparison.Ordinal);
        AssertLogged("'rc/v1/devices/sim-0202/events': UnknownKind");
    }

    [Fact]
    public async Task Publish_on_a_topic_that_is_not_a_device_event_topic_is_refused()
    {
        await using var device = await TestDevice.ConnectAsync(app.MqttPort, "sim-0203");

        var puback = await device.PublishAsync("rc/v1/devices/sim-0203/acks", Encoding.UTF8.GetBytes("{}"));

        Assert.Equal(MqttClientPublishReasonCode.TopicNameInvalid, puback.ReasonCode);
        AssertLogged("'rc/v1/devices/sim-0203/acks': UnknownTopic");
    }

    [Fact]
    public async Task Payload_naming_another_device_than_the_topic_is_refused()
    {
        await using var device = await TestDevice.ConnectAsync(app.MqttPort, "sim-0204");
        var payload = """{"deviceId":"sim-0001","messageId":"1","kind":"fall","timestamp":"2026-11-22T21:00:00Z"}""";

        var puback = await device.PublishAsync(Topics.DeviceEvents("sim-0204"), Encoding.UTF8.GetBytes(payload));

        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, puback.ReasonCode);
    }

    [Fact]
    public async Task Device_stays_connected_and_its_next_valid_alarm_is_stored_after_rejections()
    {
        await using var dashboard = await DashboardListener.ConnectAsync(app.BaseAddress);
        await using var device = await TestDevice.ConnectAsync(app.MqttPort, "sim-0205");

        await device.PublishAsync(Topics.DeviceEvents("sim-0205"), [0xFF, 0x00, 0x13]);
        await device.PublishAsync(Topics.DeviceEvents("sim-0205"), new byte[AlarmEventReader.MaxPayloadBytes + 1]);
        var puback = await device.PublishAlarmAsync(AlarmKind.PushButton);

        Assert.True(device.IsConnected);
        Assert.Equal(MqttClientPublishReasonCode.Success, puback.ReasonCode);
        await dashboard.WaitForAsync(i => i.Device.Value == "sim-0205", Patience);
    }

    private void AssertLogged(string fragment) =>
        Assert.Contains(app.Logs.Lines, line => line.Level == Microsoft.Extensions.Logging.LogLevel.Warning && line.Message.Contains(fragment, StringComparison.Ordinal));
}
