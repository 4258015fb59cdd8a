using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ResponseCentre.Dashboard.Devices;
using ResponseCentre.Dashboard.Residents;
using ResponseCentre.Dashboard.Teams;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;
using static ResponseCentre.Dashboard.Tests.DashboardTestKit;

namespace ResponseCentre.Dashboard.Tests;

/// <summary>The desk's device-health list, fed by real MQTT status messages, and its teams with who is on duty.</summary>
public sealed class DeviceHealthAndTeamsTests(ResponseCentreApp app) : IClassFixture<ResponseCentreApp>
{
    private static byte[] Status(string deviceId, string messageId, int battery) => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
        $$"""{"deviceId":"{{deviceId}}","messageId":"{{messageId}}","timestamp":"{{DateTimeOffset.UtcNow:O}}","state":"alive","battery":{{battery}}}"""));

    [Fact]
    public async Task Device_health_answers_a_list_for_the_operator()
    {
        using var desk = await AsOperatorAsync(app.BaseAddress);

        using var response = await desk.GetAsync("/api/devices/health");
        using var json = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
    }

    [Fact]
    public async Task Low_battery_reported_over_mqtt_appears_in_device_health_and_on_the_card_and_leaves_when_charged()
    {
        const int number = 640;
        var deviceId = SimDevice(number);
        await using var desk = await DashboardListener.ConnectAsync(app.BaseAddress);
        await using var device = await TestDevice.ConnectAsync(app.MqttPort, deviceId);
        using var http = await AsOperatorAsync(app.BaseAddress);

        Assert.True((await device.PublishAsync(Topics.DeviceStatus(deviceId), Status(deviceId, "st-1", 5))).IsSuccess);
        var fault = await desk.WaitForAsync(i => i.Device.Value == deviceId && i.Kind == IncidentKind.LowBattery, Patience);
        var rows = await http.GetFromJsonAsync<List<DeviceHealthRow>>("/api/devices/health", Json);
        using var wire = JsonDocument.Parse(await http.GetStringAsync("/api/devices/health"));
        var card = await http.GetFromJsonAsync<ResidentCard>($"/api/residents/{SimResident(number)}/card", Json);

        Assert.Equal(IncidentPriority.Technical, fault.Priority);
        var row = Assert.Single(rows!, r => r.Device == deviceId);
        Assert.Equal(IncidentKind.LowBattery, row.Problem);
        Assert.Equal(SimResident(number), row.Resident);
        Assert.Equal("Simulated resident 640", row.ResidentName);
        Assert.Equal("demo", row.Tenant);
        Assert.Equal(fault.Id.Value, row.Incident);
        Assert.Equal(5, row.Battery);
        Assert.NotNull(row.LastContact);
        var wireRow = wire.RootElement.EnumerateArray().Single(r => r.GetProperty("device").GetString() == deviceId);
        Assert.Equal("LowBattery", wireRow.GetProperty("problem").GetString());
        var cardDevice = Assert.Single(card!.Devices);
        Assert.Contains("LowBattery", cardDevice.Faults);
        Assert.Equal(5, cardDevice.Battery);
        Assert.True(cardDevice.Online);

        // Charged again: the centre clears its own fault, and the row leaves the list.
        Assert.True((await device.PublishAsync(Topics.DeviceStatus(deviceId), Status(deviceId, "st-2", 95))).IsSuccess);
        await desk.WaitForAsync(i => i.Id == fault.Id && i.IsClosed, Patience);
        var after = await http.GetFromJsonAsync<List<DeviceHealthRow>>("/api/devices/health", Json);
        Assert.DoesNotContain(after!, r => r.Device == deviceId);
    }

    [Fact]
    public async Task Device_health_of_an_oslo_only_operator_leaves_out_demo_s_devices()
    {
        const int number = 641;
        var deviceId = SimDevice(number);
        await using var desk = await DashboardListener.ConnectAsync(app.BaseAddress);
        await using var device = await TestDevice.ConnectAsync(app.MqttPort, deviceId);
        using var admin = await SignIn.AsAdministratorAsync(app.BaseAddress);
        using var put = await admin.PutAsJsonAsync("/api/admin/accounts/health-oslo-desk",
            new { displayName = "Oslo health desk", role = "Operator", tenants = OsloOnly, password = "health-oslo-pass" });
        using var osloDesk = await SignIn.AsAsync(app.BaseAddress, "health-oslo-desk", "health-oslo-pass");

        Assert.True((await device.PublishAsync(Topics.DeviceStatus(deviceId), Status(deviceId, "st-1", 3))).IsSuccess);
        await desk.WaitForAsync(i => i.Device.Value == deviceId && i.Kind == IncidentKind.LowBattery, Patience);
        var adminRows = await admin.GetFromJsonAsync<List<DeviceHealthRow>>("/api/devices/health", Json);
        var osloRows = await osloDesk.GetFromJsonAsync<List<DeviceHealthRow>>("/api/devices/health", Json);

        Assert.Contains(adminRows!, r => r.Device == deviceId);
        Assert.DoesNotContain(osloRows!, r => r.Device == deviceId);
        Assert.All(osloRows!, r => Assert.Equal("oslo", r.Tenant));
    }

    [Fact]
    public async Task Teams_list_home_nursing_with_demo_nurse_01_on_duty()
    {
        using var desk = await AsOperatorAsync(app.BaseAddress);

        using var response = await desk.GetAsync("/api/teams");
        var teams = await response.Content.ReadFromJsonAsync<List<TeamOverview>>(Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var nursing = Assert.Single(teams!, t => t.Id == "demo-home-nursing");
        Assert.Equal("demo", nursing.Tenant);
        Assert.Contains("demo-nurse-01", nursing.OnDuty);
        Assert.Equal(["demo-lead-01", "demo-nurse-01", "demo-nurse-02"], nursing.OnDuty.Order(StringComparer.Ordinal));
        Assert.Contains(nursing.Members, m => m.Staff.Value == "demo-nurse-01");
        // The operator serves oslo too.
        Assert.Contains(teams!, t => t.Id == "oslo-frogner-home-nursing" && t.Tenant == "oslo");
        Assert.All(teams!, t => Assert.Contains(t.Tenant, DemoAndOslo));
    }

    [Fact]
    public async Task Teams_of_an_oslo_only_operator_leave_out_demo_s()
    {
        using var admin = await SignIn.AsAdministratorAsync(app.BaseAddress);
        using var put = await admin.PutAsJsonAsync("/api/admin/accounts/teams-oslo-desk",
            new { displayName = "Oslo teams desk", role = "Operator", tenants = OsloOnly, password = "teams-oslo-pass" });
        using var osloDesk = await SignIn.AsAsync(app.BaseAddress, "teams-oslo-desk", "teams-oslo-pass");

        var teams = await osloDesk.GetFromJsonAsync<List<TeamOverview>>("/api/teams", Json);

        Assert.NotEmpty(teams!);
        Assert.All(teams!, t => Assert.Equal("oslo", t.Tenant));
    }

    [Fact]
    public async Task On_duty_of_another_tenant_s_team_is_not_found_for_a_desk_user_and_of_its_own_is_shown()
    {
        using var admin = await SignIn.AsAdministratorAsync(app.BaseAddress);
        using var put = await admin.PutAsJsonAsync("/api/admin/accounts/duty-oslo-desk",
            new { displayName = "Oslo duty desk", role = "Operator", tenants = OsloOnly, password = "oslo-duty-watch" });
        using var osloDesk = await SignIn.AsAsync(app.BaseAddress, "duty-oslo-desk", "oslo-duty-watch");

        using var demoTeam = await osloDesk.GetAsync("/api/teams/demo-home-nursing/on-duty");
        using var osloTeam = await osloDesk.GetAsync("/api/teams/oslo-frogner-home-nursing/on-duty");
        using var missingTeam = await osloDesk.GetAsync("/api/teams/no-such-team/on-duty");

        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        // Like a team that does not exist: neither its staff nor its existence is shown.
        Assert.Equal(HttpStatusCode.NotFound, demoTeam.StatusCode);
        Assert.Equal(missingTeam.StatusCode, demoTeam.StatusCode);
        Assert.DoesNotContain("demo-nurse", await demoTeam.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, osloTeam.StatusCode);
    }
}
