using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Teams;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;

namespace ResponseCentre.Dashboard.Tests;

public sealed class DashboardApiTests(ResponseCentreApp app) : IClassFixture<ResponseCentreApp>
{
    [Fact]
    public async Task Seed_file_registers_demo_and_simulated_residents_with_their_devices()
    {
        var grains = app.Services.GetRequiredService<IGrainFactory>();

        var kari = await grains.GetResident(new ResidentId("oslo-r-0001")).GetProfileAsync();
        var simulated = await grains.GetDevice(new DeviceId("sim-1000")).GetAssignmentAsync();

        Assert.Equal("Frogner", kari?.District);
        Assert.Equal(new ResidentId("sim-r-1000"), simulated?.Resident);
    }

    [Fact]
    public async Task Seed_file_registers_the_demo_teams_with_rosters_and_the_demo_tenant_s_policies()
    {
        var grains = app.Services.GetRequiredService<IGrainFactory>();

        var team = await grains.GetTeam(new TeamId("demo-home-nursing")).GetOnDutyAsync(DateTimeOffset.UtcNow);
        var policies = await grains.GetTenantPolicies(new TenantId("demo")).GetAsync();

        Assert.Equal(3, team.OnDuty.Count);
        // Technical faults go to the technical service; every alarm to home nursing.
        Assert.Equal([new TeamId("demo-technical"), new TeamId("demo-home-nursing")], policies!.Routing.Select(rule => rule.Team));
        Assert.Equal([IncidentKind.DeviceOffline, IncidentKind.LowBattery, IncidentKind.MainsLost, IncidentKind.Tamper], policies.Routing[0].Kinds);
    }

    [Fact]
    public async Task Incident_json_carries_ids_as_strings_and_enums_as_names()
    {
        await using var device = await TestDevice.ConnectAsync(app.MqttPort, "sim-0401");
        await device.PublishAlarmAsync(AlarmKind.Fall);
        var ack = await device.Acks.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);

        using var json = JsonDocument.Parse(await http.GetStringAsync($"/api/incidents/{ack.IncidentId}"));

        Assert.Equal("sim-r-0401", json.RootElement.GetProperty("resident").GetString());
        Assert.Equal("sim-0401", json.RootElement.GetProperty("device").GetString());
        Assert.Equal("Fall", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal("LifeThreatening", json.RootElement.GetProperty("priority").GetString());
    }

    [Fact]
    public async Task Unknown_incident_is_not_found()
    {
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);

        var response = await http.GetAsync("/api/incidents/no-such-incident");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_incident_api()
    {
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);

        var document = await http.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/incidents", document, StringComparison.Ordinal);
        Assert.Contains("ListOpenIncidents", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_endpoint_reports_each_check_and_says_the_time_series_store_is_missing()
    {
        // Load balancers and orchestrators probe it without signing in.
        using var http = new HttpClient { BaseAddress = app.BaseAddress };

        // The test app runs the embedded default without InfluxDB: degraded, and saying why.
        using var health = JsonDocument.Parse(await http.GetStringAsync("/health"));
        Assert.Equal("Degraded", health.RootElement.GetProperty("status").GetString());
        var series = health.RootElement.GetProperty("checks").GetProperty("timeseries");
        Assert.Equal("Degraded", series.GetProperty("status").GetString());
        Assert.Contains("no time-series store configured", series.GetProperty("description").GetString(), StringComparison.Ordinal);
    }
}
