using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ResponseCentre.Dashboard.Kpis;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Testing;
using static ResponseCentre.Dashboard.Tests.DashboardTestKit;

namespace ResponseCentre.Dashboard.Tests;

/// <summary>The KPI endpoint over incidents closed through the API.</summary>
public sealed class KpiTests(ResponseCentreApp app) : IClassFixture<ResponseCentreApp>
{
    [Fact]
    public async Task Incident_handled_by_the_operator_to_a_false_alarm_shows_in_the_kpis()
    {
        var incident = await RaiseDispatchedToNurse1Async(app, 630);
        var id = incident.Id.Value;
        using var desk = await AsOperatorAsync(app.BaseAddress);

        foreach (var verb in new[] { "accept", "en-route", "on-site" })
        {
            using var step = await ActAsync(desk, id, verb);
            Assert.True(step.IsSuccessStatusCode, $"{verb}: {(int)step.StatusCode} {await step.Content.ReadAsStringAsync()}");
        }

        using var resolve = await ActAsync(desk, id, "resolve", IncidentOutcome.FalseAlarm);
        var resolved = await resolve.Content.ReadFromJsonAsync<IncidentView>(Json);
        using var response = await desk.GetAsync("/api/kpis?days=1");
        using var json = await ReadJsonAsync(response);
        var report = json.RootElement.Deserialize<KpiReport>(Json);

        Assert.Equal(IncidentStatus.Resolved, resolved!.Status);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(report!.Closed >= 1);
        Assert.True(report.FalseAlarmShare > 0);
        Assert.Equal(TimeSpan.FromDays(1), report.To - report.From);
        var team = Assert.Single(report.ByTeam, g => g.Key == "demo-home-nursing");
        Assert.True(team.Count >= 1);
        Assert.NotNull(team.AcceptSeconds.Median);
        Assert.NotNull(team.AcceptSeconds.P90);
        Assert.NotNull(team.ArriveSeconds.Median);
        Assert.NotNull(team.ResolveSeconds.Median);
        // Other tests of this class close demo incidents too, so the figures are only bounded, not exact.
        Assert.True(team.AcceptSeconds.Median >= 0);
        Assert.Contains(report.ByDistrict, g => g.Key == "Simulated");
        // The hour the alarm came in, on Oslo's clock (the demo tenant's time zone).
        var osloHour = TimeZoneInfo.ConvertTime(incident.RaisedAt, TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo")).Hour;
        Assert.Contains(report.ByHour, g => g.Key == osloHour.ToString("D2", CultureInfo.InvariantCulture));
        // The wire names are the contract's.
        var wireTeam = json.RootElement.GetProperty("byTeam").EnumerateArray().Single(g => g.GetProperty("key").GetString() == "demo-home-nursing");
        Assert.Equal(JsonValueKind.Number, wireTeam.GetProperty("acceptSeconds").GetProperty("median").ValueKind);
        Assert.Equal(JsonValueKind.Number, json.RootElement.GetProperty("falseAlarmShare").ValueKind);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(367)]
    public async Task Days_outside_1_to_366_is_refused_naming_days(int days)
    {
        using var desk = await AsOperatorAsync(app.BaseAddress);

        using var response = await desk.GetAsync($"/api/kpis?days={days}");
        using var problem = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("days", out _));
    }

    [Fact]
    public async Task Default_period_is_seven_days()
    {
        using var desk = await AsOperatorAsync(app.BaseAddress);

        var report = await desk.GetFromJsonAsync<KpiReport>("/api/kpis", Json);

        Assert.Equal(TimeSpan.FromDays(7), report!.To - report.From);
    }

    [Fact]
    public async Task Field_staff_get_403_on_the_kpis()
    {
        using var nurse = await AsNurse1Async(app.BaseAddress);

        using var response = await nurse.GetAsync("/api/kpis?days=1");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_oslo_only_operator_does_not_count_demo_s_closed_incidents()
    {
        var incident = await RaiseDispatchedToNurse1Async(app, 631);
        using var desk = await AsOperatorAsync(app.BaseAddress);
        using var accept = await ActAsync(desk, incident.Id.Value, "accept");
        using var resolve = await ActAsync(desk, incident.Id.Value, "resolve", IncidentOutcome.HelpGiven);
        using var admin = await SignIn.AsAdministratorAsync(app.BaseAddress);
        using var put = await admin.PutAsJsonAsync("/api/admin/accounts/kpi-oslo-desk",
            new { displayName = "Oslo KPI desk", role = "Operator", tenants = OsloOnly, password = "kpi-oslo-pass" });
        using var osloDesk = await SignIn.AsAsync(app.BaseAddress, "kpi-oslo-desk", "kpi-oslo-pass");

        var report = await osloDesk.GetFromJsonAsync<KpiReport>("/api/kpis?days=1", Json);

        Assert.Equal(HttpStatusCode.OK, resolve.StatusCode);
        Assert.DoesNotContain(report!.ByTeam, g => g.Key == "demo-home-nursing");
        Assert.DoesNotContain(report.ByDistrict, g => g.Key == "Simulated");
    }
}
