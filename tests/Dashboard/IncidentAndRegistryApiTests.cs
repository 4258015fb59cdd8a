using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ResponseCentre.Dashboard.Hosting;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;

namespace ResponseCentre.Dashboard.Tests;

public sealed class IncidentAndRegistryApiTests(ResponseCentreApp app) : IClassFixture<ResponseCentreApp>
{
    private static readonly JsonSerializerOptions Json = CreateJson();

    private static JsonSerializerOptions CreateJson()
    {
        var json = new JsonSerializerOptions();
        DashboardJson.Configure(json);
        return json;
    }

    [Fact]
    public async Task Registered_resident_and_device_can_raise_an_alarm()
    {
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);
        var resident = new ResidentProfile(new ResidentId("api-r-1"), new TenantId("api"), "Kari", "North", CareLevel.Basic, []);

        Assert.Equal(HttpStatusCode.NoContent, (await http.PutAsJsonAsync("/api/admin/residents/api-r-1", resident, Json)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await http.PutAsJsonAsync("/api/admin/devices/api-d-1", new { resident = "api-r-1" }, Json)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await http.PutAsJsonAsync("/api/admin/devices/api-d-1/credentials", new { secret = "api-d-1-own-secret-0001" }, Json)).StatusCode);
        await using var device = await TestDevice.ConnectAsync(app.MqttPort, "api-d-1", password: "api-d-1-own-secret-0001");

        var puback = await device.PublishAlarmAsync(AlarmKind.PushButton);

        Assert.Equal(MQTTnet.MqttClientPublishReasonCode.Success, puback.ReasonCode);
    }

    [Fact]
    public async Task Device_for_an_unregistered_resident_is_refused_naming_the_field()
    {
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);

        var response = await http.PutAsJsonAsync("/api/admin/devices/api-d-2", new { resident = "nobody" }, Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("resident 'nobody' is not registered", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_device_registered_behind_a_bridge_keeps_the_bridge_and_a_malformed_bridge_name_is_refused()
    {
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);
        var resident = new ResidentProfile(new ResidentId("api-r-3"), new TenantId("api"), "Ola", "North", CareLevel.Basic, []);
        Assert.Equal(HttpStatusCode.NoContent, (await http.PutAsJsonAsync("/api/admin/residents/api-r-3", resident, Json)).StatusCode);

        var malformed = await http.PutAsJsonAsync("/api/admin/devices/api-z2m-3", new { resident = "api-r-3", bridge = "two words" }, Json);
        var registered = await http.PutAsJsonAsync("/api/admin/devices/api-z2m-3", new { resident = "api-r-3", bridge = "zigbee2mqtt" }, Json);
        var read = await http.GetFromJsonAsync<JsonElement>("/api/admin/devices/api-z2m-3", Json);

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("bridge", await malformed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, registered.StatusCode);
        Assert.Equal("zigbee2mqtt", read.GetProperty("bridge").GetString());
    }

    [Fact]
    public async Task Resident_whose_body_and_path_disagree_is_refused()
    {
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);
        var resident = new ResidentProfile(new ResidentId("api-r-other"), new TenantId("api"), "Kari", "North", CareLevel.Basic, []);

        var response = await http.PutAsJsonAsync("/api/admin/residents/api-r-2", resident, Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Action_the_incident_s_state_does_not_allow_answers_409_with_the_reason_and_the_timeline_is_unchanged()
    {
        await using var device = await TestDevice.ConnectAsync(app.MqttPort, "sim-0451");
        await device.PublishAlarmAsync(AlarmKind.Fall);
        var ack = await device.Acks.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);

        var response = await http.PostAsJsonAsync($"/api/incidents/{ack.IncidentId}/on-site", new { }, Json);
        var timeline = await http.GetFromJsonAsync<List<TimelineEntry>>($"/api/incidents/{ack.IncidentId}/timeline", Json);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("allowed only when it is Accepted or EnRoute", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(timeline!, e => e.Event == IncidentEvent.OnSite);
    }

    [Fact]
    public async Task Operator_accepts_and_resolves_through_the_api()
    {
        await using var device = await TestDevice.ConnectAsync(app.MqttPort, "sim-0452");
        await device.PublishAlarmAsync(AlarmKind.PushButton);
        var ack = await device.Acks.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);

        var accepted = await http.PostAsJsonAsync($"/api/incidents/{ack.IncidentId}/accept", new { }, Json);
        var resolved = await (await http.PostAsJsonAsync($"/api/incidents/{ack.IncidentId}/resolve", new { outcome = "FalseAlarm" }, Json))
            .Content.ReadFromJsonAsync<IncidentView>(Json);
        var timeline = await http.GetFromJsonAsync<List<TimelineEntry>>($"/api/incidents/{ack.IncidentId}/timeline", Json);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(IncidentStatus.Resolved, resolved!.Status);
        Assert.Equal(IncidentOutcome.FalseAlarm, resolved.Outcome);
        // The actor is the signed-in user, never what a request body claims.
        Assert.Contains(timeline!, e => e.Event == IncidentEvent.Accepted && e.Actor == new Actor(ActorKind.Operator, SignIn.AdministratorUser));
    }

    [Fact]
    public async Task Action_on_an_unknown_incident_is_not_found()
    {
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);

        var response = await http.PostAsJsonAsync("/api/incidents/no-such/accept", new { }, Json);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("r\"onmouseover=\"alert(1)")]
    [InlineData("kari nordmann")]
    public async Task Resident_id_with_markup_or_spaces_is_refused_naming_id_and_not_registered(string id)
    {
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);
        var resident = new ResidentProfile(new ResidentId(id), new TenantId("api"), "Kari", "North", CareLevel.Basic, []);

        using var response = await http.PutAsJsonAsync($"/api/admin/residents/{Uri.EscapeDataString(id)}", resident, Json);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using var device = await http.PutAsJsonAsync("/api/admin/devices/api-d-markup", new { resident = id }, Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("id", out _), problem.RootElement.ToString());
        // Not registered: a device cannot be given to it.
        Assert.Equal(HttpStatusCode.BadRequest, device.StatusCode);
    }
}
