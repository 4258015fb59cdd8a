using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests;

/// <summary>Heartbeats and the MQTT last-will through the real broker: a device that drops off becomes a technical incident, and its return clears it.</summary>
[Collection(RunningApp.Name)]
public sealed class DeviceSupervisionTests(ResponseCentreApp app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private const string Device = "sim-0901";

    [Fact]
    public async Task A_device_whose_last_will_arrives_and_that_stays_away_is_reported_offline_and_cleared_when_it_returns()
    {
        await SetShortSupervisionAsync();
        await using var operators = await DashboardListener.ConnectAsync(app.BaseAddress);

        // Connected with its last-will on its status topic; one heartbeat starts supervision.
        var device = await ConnectWithLastWillAsync();
        Assert.True((await device.PublishAsync(Heartbeat("hb-1"))).IsSuccess);

        // Dropping off the way a device losing power looks to the broker (the socket closes, no
        // DISCONNECT): the broker sends the last-will.
        device.Dispose(); // closes the socket without a DISCONNECT packet
        var offline = await operators.WaitForAsync(i => i.Device.Value == Device && i.Kind == IncidentKind.DeviceOffline, Patience);
        Assert.Equal(IncidentPriority.Technical, offline.Priority);

        // Contact returns: the centre resolves its own technical incident.
        using var back = await ConnectWithLastWillAsync();
        Assert.True((await back.PublishAsync(Heartbeat("hb-2"))).IsSuccess);
        var cleared = await operators.WaitForAsync(i => i.Id == offline.Id && i.Status == IncidentStatus.Resolved, Patience);
        Assert.Equal(IncidentOutcome.ClearedItself, cleared.Outcome);
    }

    private async Task SetShortSupervisionAsync()
    {
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);
        var response = await http.PutAsJsonAsync($"/api/admin/devices/{Device}/supervision",
            new { enabled = true, heartbeatInterval = "00:01:00", grace = "00:00:01" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<IMqttClient> ConnectWithLastWillAsync()
    {
        var client = new MqttClientFactory().CreateMqttClient();
        await client.ConnectAsync(new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", app.MqttPort)
            .WithClientId(Device)
            .WithCredentials(Device, TestDevice.DemoSecret)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithWillTopic(Topics.DeviceStatus(Device))
            .WithWillPayload(Encoding.UTF8.GetBytes($$"""{"deviceId":"{{Device}}","state":"offline"}"""))
            .WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build());
        return client;
    }

    private static MqttApplicationMessage Heartbeat(string messageId) => new MqttApplicationMessageBuilder()
        .WithTopic(Topics.DeviceStatus(Device))
        .WithPayload(string.Create(CultureInfo.InvariantCulture,
            $$"""{"deviceId":"{{Device}}","messageId":"{{messageId}}","timestamp":"{{DateTimeOffset.UtcNow:O}}","state":"alive","battery":80}"""))
        .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
        .Build();
}
