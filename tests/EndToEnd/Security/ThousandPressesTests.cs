using MQTTnet.Formatter;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests.Security;

/// <summary>
/// A resident pressing a thousand times, far faster than the device's alarm rate: every press is
/// paced, acknowledged and counted in one incident, whatever the device's MQTT version.
/// </summary>
public sealed class ThousandPressesTests(ThousandPressesApp fixture) : IClassFixture<ThousandPressesApp>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly ResponseCentreApp _app = fixture.App;

    [Theory]
    [InlineData("sim-0814", MqttProtocolVersion.V311)]
    [InlineData("sim-0815", MqttProtocolVersion.V500)]
    public async Task A_thousand_presses_end_in_one_incident_counting_a_thousand(string deviceId, MqttProtocolVersion version)
    {
        await using var device = await AlarmRuns.WarmedUpDeviceAsync(_app, deviceId, version);
        var messageIds = AlarmRuns.Ids("press", 1000);

        var pubacks = await Task.WhenAll(messageIds.Select(id => device.PublishAlarmAsync(AlarmKind.PushButton, id))).WaitAsync(Patience);

        AlarmRuns.AssertAllSucceeded(pubacks);
        var acks = await AlarmRuns.ReadReceivedAcksAsync(device, messageIds);
        var incident = Assert.Single(acks.Select(ack => ack.IncidentId).Distinct());
        Assert.Equal(1000, 1 + (await AlarmRuns.IncidentAsync(_app, incident)).DuplicateCount);
    }
}
