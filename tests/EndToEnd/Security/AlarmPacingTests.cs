using System.Globalization;
using MQTTnet;
using MQTTnet.Exceptions;
using MQTTnet.Formatter;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests.Security;

/// <summary>
/// Alarms beyond a device's alarm rate are paced, never refused, whatever its MQTT version: every
/// PUBACK means stored. Telemetry beyond its rate is refused in a way the device can tell: PUBACK
/// 0x97 on MQTT 5, no PUBACK at all (connection closed) on MQTT 3.1.1, whose PUBACK only says "received".
/// </summary>
public sealed class AlarmPacingTests(PacedAlarmsApp fixture) : IClassFixture<PacedAlarmsApp>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly ResponseCentreApp _app = fixture.App;

    [Theory]
    [InlineData("sim-0810", MqttProtocolVersion.V311)]
    [InlineData("sim-0811", MqttProtocolVersion.V500)]
    public async Task Forty_alarms_in_flight_together_are_all_acknowledged_and_all_stored(string deviceId, MqttProtocolVersion version)
    {
        await using var device = await AlarmRuns.WarmedUpDeviceAsync(_app, deviceId, version);
        var messageIds = AlarmRuns.Ids("press", 40);

        var pubacks = await Task.WhenAll(messageIds.Select(id => device.PublishAlarmAsync(AlarmKind.PushButton, id))).WaitAsync(Patience);

        AlarmRuns.AssertAllSucceeded(pubacks);
        var acks = await AlarmRuns.ReadReceivedAcksAsync(device, messageIds);
        var incident = Assert.Single(acks.Select(ack => ack.IncidentId).Distinct());
        var view = await AlarmRuns.IncidentAsync(_app, incident);
        Assert.Equal(40, 1 + view.DuplicateCount);
    }

    [Theory]
    [InlineData("sim-0812", MqttProtocolVersion.V311)]
    [InlineData("sim-0813", MqttProtocolVersion.V500)]
    public async Task A_fall_after_twenty_five_button_presses_opens_a_fall_incident(string deviceId, MqttProtocolVersion version)
    {
        await using var device = await AlarmRuns.WarmedUpDeviceAsync(_app, deviceId, version);
        var presses = AlarmRuns.Ids("press", 25);

        // All in flight at once, the fall last: it comes well beyond the burst.
        var pressed = presses.Select(id => device.PublishAlarmAsync(AlarmKind.PushButton, id)).ToList();
        var fall = device.PublishAlarmAsync(AlarmKind.Fall, "the-fall");
        AlarmRuns.AssertAllSucceeded(await Task.WhenAll([.. pressed, fall]).WaitAsync(Patience));

        var acks = await AlarmRuns.ReadReceivedAcksAsync(device, [.. presses, "the-fall"]);
        var fallAck = acks.Single(ack => ack.MessageId == "the-fall");
        Assert.Equal(AckStatus.Received, fallAck.Status);
        Assert.Equal(IncidentKind.Fall, (await AlarmRuns.IncidentAsync(_app, fallAck.IncidentId)).Kind);
    }

    [Fact]
    public async Task Telemetry_beyond_its_rate_on_mqtt_3_1_1_gets_no_puback_and_the_connection_is_closed()
    {
        await using var device = await TestDevice.ConnectAsync(_app.MqttPort, "sim-0816", MqttProtocolVersion.V311);
        for (var n = 1; n <= PacedAlarmsApp.Burst; n++)
        {
            var puback = await device.PublishAsync(Topics.DeviceTelemetry(device.DeviceId), DevicePayloads.Telemetry(device.DeviceId, Id(n))).WaitAsync(Patience);
            Assert.Equal(MqttClientPublishReasonCode.Success, puback.ReasonCode);
        }

        // The next is over the limit: a 3.1.1 PUBACK would say "received", so none comes.
        var over = device.PublishAsync(Topics.DeviceTelemetry(device.DeviceId), DevicePayloads.Telemetry(device.DeviceId, "over")).WaitAsync(Patience);

        await Assert.ThrowsAnyAsync<MqttCommunicationException>(() => over);
        Assert.False(device.IsConnected);
    }

    [Fact]
    public async Task Telemetry_beyond_its_rate_on_mqtt_5_is_refused_as_rate_limited()
    {
        await using var device = await TestDevice.ConnectAsync(_app.MqttPort, "sim-0817", MqttProtocolVersion.V500);
        MqttClientPublishResult puback;
        var n = 0;
        do
        {
            puback = await device.PublishAsync(Topics.DeviceTelemetry(device.DeviceId), DevicePayloads.Telemetry(device.DeviceId, Id(++n))).WaitAsync(Patience);
        }
        while (puback.ReasonCode == MqttClientPublishReasonCode.Success && n < 50);

        Assert.Equal(MqttClientPublishReasonCode.QuotaExceeded, puback.ReasonCode);
        Assert.Equal(nameof(RejectionReason.RateLimited), puback.RejectionName());
        Assert.True(device.IsConnected);
    }

    private static string Id(int n) => n.ToString(CultureInfo.InvariantCulture);
}
