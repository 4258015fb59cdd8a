using System.Net.Http.Json;
using MQTTnet;
using ResponseCentre.Dashboard.Hosting;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests;

[Collection(RunningApp.Name)]
public sealed class AlarmPipelineTests(ResponseCentreApp app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Alarm_published_over_mqtt_reaches_the_signalr_dashboard_and_the_incident_api()
    {
        await using var dashboard = await DashboardListener.ConnectAsync(app.BaseAddress);
        await using var device = await TestDevice.ConnectAsync(app.MqttPort, "sim-0101");

        var puback = await device.PublishAlarmAsync(AlarmKind.Fall);

        Assert.Equal(MqttClientPublishReasonCode.Success, puback.ReasonCode);
        var pushed = await dashboard.WaitForAsync(i => i.Device.Value == "sim-0101", Patience);
        Assert.Equal("sim-r-0101", pushed.Resident.Value);
        Assert.Equal(IncidentKind.Fall, pushed.Kind);
        Assert.Equal(IncidentPriority.LifeThreatening, pushed.Priority);
        Assert.Equal(IncidentStatus.Raised, pushed.Status);

        var listed = await ListOpenIncidentsAsync();
        Assert.Contains(listed, i => i.Id == pushed.Id);
    }

    [Fact]
    public async Task Device_gets_a_received_ack_naming_the_incident_it_opened()
    {
        await using var dashboard = await DashboardListener.ConnectAsync(app.BaseAddress);
        await using var device = await TestDevice.ConnectAsync(app.MqttPort, "sim-0102");

        await device.PublishAlarmAsync(AlarmKind.PushButton, messageId: "press-1");

        var ack = await device.Acks.ReadAsync().AsTask().WaitAsync(Patience);
        var pushed = await dashboard.WaitForAsync(i => i.Device.Value == "sim-0102", Patience);
        Assert.Equal(AckStatus.Received, ack.Status);
        Assert.Equal("press-1", ack.MessageId);
        Assert.Equal(pushed.Id.Value, ack.IncidentId);
    }

    [Fact]
    public async Task Redelivered_device_message_returns_the_incident_it_opened_the_first_time()
    {
        await using var device = await TestDevice.ConnectAsync(app.MqttPort, "sim-0103");

        await device.PublishAlarmAsync(AlarmKind.PushButton, messageId: "retry-1");
        var first = await device.Acks.ReadAsync().AsTask().WaitAsync(Patience);
        await device.PublishAlarmAsync(AlarmKind.PushButton, messageId: "retry-1");
        var second = await device.Acks.ReadAsync().AsTask().WaitAsync(Patience);

        Assert.Equal(first.IncidentId, second.IncidentId);
        var fromDevice = (await ListOpenIncidentsAsync()).Where(i => i.Device.Value == "sim-0103");
        Assert.Single(fromDevice);
    }

    [Fact]
    public async Task Open_incidents_are_listed_most_urgent_first()
    {
        await using var device = await TestDevice.ConnectAsync(app.MqttPort, "sim-0104");

        await device.PublishAlarmAsync(AlarmKind.PushButton);
        await device.PublishAlarmAsync(AlarmKind.Smoke);

        var fromDevice = (await ListOpenIncidentsAsync()).Where(i => i.Device.Value == "sim-0104").ToList();
        Assert.Equal([IncidentKind.Fire, IncidentKind.AssistanceCall], fromDevice.Select(i => i.Kind));
    }

    private async Task<IReadOnlyList<IncidentView>> ListOpenIncidentsAsync()
    {
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);
        var json = new System.Text.Json.JsonSerializerOptions();
        DashboardJson.Configure(json);
        return (await http.GetFromJsonAsync<List<IncidentView>>("/api/incidents", json))!;
    }
}
