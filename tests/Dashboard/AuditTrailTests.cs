using System.Net;
using System.Net.Http.Json;
using ResponseCentre.Dashboard.Audit;
using ResponseCentre.Testing;
using static ResponseCentre.Dashboard.Tests.DashboardTestKit;

namespace ResponseCentre.Dashboard.Tests;

/// <summary>
/// The audit trail: every card and sensor read, every refusal and every action is a row, newest
/// first, for the administrator only, and no endpoint changes it.
/// </summary>
public sealed partial class AuditTrailTests(ResponseCentreApp app) : IClassFixture<ResponseCentreApp>
{
    private async Task<List<AuditEntry>> AuditAsync(string query)
    {
        using var admin = await SignIn.AsAdministratorAsync(app.BaseAddress);
        return await admin.GetFromJsonAsync<List<AuditEntry>>($"/api/admin/audit?{query}", Json) ?? [];
    }

    [Fact]
    public async Task Card_read_and_accept_are_audited_for_the_signed_in_user_newest_first()
    {
        var incident = await RaiseDispatchedToNurse1Async(app, 620);
        var id = incident.Id.Value;
        var resident = incident.Resident.Value;
        using var nurse = await AsNurse1Async(app.BaseAddress);

        using var card = await nurse.GetAsync($"/api/residents/{resident}/card");
        using var accept = await ActAsync(nurse, id, "accept");
        var rows = await AuditAsync($"user=nurse1&resident={resident}");

        Assert.Equal(HttpStatusCode.OK, card.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accept.StatusCode);
        Assert.Equal(["Accept", AuditActions.ReadResidentCard], rows.Select(r => r.Action));
        var (accepted, read) = (rows[0], rows[1]);
        Assert.Equal(id, accepted.Incident);
        Assert.Equal(resident, accepted.Resident);
        Assert.Equal(resident, read.Resident);
        Assert.Null(read.Incident);
        Assert.All(rows, r => Assert.Equal("nurse1", r.User));
        Assert.All(rows, r => Assert.Equal("FieldStaff", r.Role));
        Assert.True(accepted.Id > read.Id, "row ids rise");
        Assert.True(accepted.At >= read.At, "newest first");
    }

    [Fact]
    public async Task Audit_filters_by_user_and_by_incident_newest_first()
    {
        var incident = await RaiseDispatchedToNurse1Async(app, 624);
        var id = incident.Id.Value;
        using var nurse = await AsNurse1Async(app.BaseAddress);
        using var accept = await ActAsync(nurse, id, "accept");
        using var enRoute = await ActAsync(nurse, id, "en-route");

        var byUser = await AuditAsync("user=nurse1");
        var byIncident = await AuditAsync($"incident={id}");

        Assert.Equal(HttpStatusCode.OK, enRoute.StatusCode);
        Assert.NotEmpty(byUser);
        Assert.All(byUser, r => Assert.Equal("nurse1", r.User));
        Assert.Equal(byUser.OrderByDescending(r => r.Id).Select(r => r.Id), byUser.Select(r => r.Id));
        Assert.Equal(["EnRoute", "Accept"], byIncident.Select(r => r.Action));
        Assert.True(byUser.IndexOf(byUser.Single(r => r.Incident == id && r.Action == "EnRoute"))
            < byUser.IndexOf(byUser.Single(r => r.Incident == id && r.Action == "Accept")));
    }

    [Fact]
    public async Task Hub_actions_are_audited_like_the_api_s()
    {
        var incident = await RaiseDispatchedToNurse1Async(app, 627);
        var id = incident.Id.Value;
        await using var nurse = await DashboardListener.ConnectAsAsync(app.BaseAddress, Nurse1User, NursePassword);

        await nurse.ActAsync("Accept", id);
        await nurse.ActAsync("MarkEnRoute", id);
        var rows = await AuditAsync($"incident={id}");

        Assert.Equal(["EnRoute", "Accept"], rows.Select(r => r.Action));
        Assert.All(rows, r => Assert.Equal(("nurse1", incident.Resident.Value), (r.User, r.Resident)));
    }

    [Fact]
    public async Task Refused_card_read_is_audited_as_denied()
    {
        using var nurse = await AsNurse1Async(app.BaseAddress);

        // Nothing of sim-r-0621 is dispatched to nurse1.
        using var card = await nurse.GetAsync($"/api/residents/{SimResident(621)}/card");
        var rows = await AuditAsync($"user=nurse1&resident={SimResident(621)}");

        Assert.Equal(HttpStatusCode.Forbidden, card.StatusCode);
        var row = Assert.Single(rows);
        Assert.Equal("Denied:ReadResidentCard", row.Action);
        Assert.Equal("FieldStaff", row.Role);
    }

    [Fact]
    public async Task Desk_card_read_is_audited_too()
    {
        using var desk = await AsOperatorAsync(app.BaseAddress);

        using var card = await desk.GetAsync($"/api/residents/{SimResident(625)}/card");
        var rows = await AuditAsync($"resident={SimResident(625)}");

        Assert.Equal(HttpStatusCode.OK, card.StatusCode);
        var row = Assert.Single(rows);
        Assert.Equal(("operator", "Operator", AuditActions.ReadResidentCard), (row.User, row.Role, row.Action));
    }

    [Fact]
    public async Task Sensor_read_of_a_resident_not_dispatched_to_field_staff_is_403_and_audited_as_denied()
    {
        using var nurse = await AsNurse1Async(app.BaseAddress);

        using var sensors = await nurse.GetAsync($"/api/residents/{SimResident(622)}/sensors");
        using var series = await nurse.GetAsync($"/api/residents/{SimResident(622)}/series/Temperature");
        var rows = await AuditAsync($"user=nurse1&resident={SimResident(622)}");

        Assert.Equal(HttpStatusCode.Forbidden, sensors.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, series.StatusCode);
        Assert.Equal(["Denied:ReadSeries", "Denied:ReadSensors"], rows.Select(r => r.Action));
    }

    [Fact]
    public async Task Sensor_read_of_a_resident_dispatched_to_field_staff_is_allowed_and_audited()
    {
        var incident = await RaiseDispatchedToNurse1Async(app, 623);
        using var nurse = await AsNurse1Async(app.BaseAddress);

        using var sensors = await nurse.GetAsync($"/api/residents/{incident.Resident.Value}/sensors");
        var rows = await AuditAsync($"user=nurse1&resident={incident.Resident.Value}");

        Assert.Equal(HttpStatusCode.OK, sensors.StatusCode);
        Assert.Equal(AuditActions.ReadSensors, Assert.Single(rows).Action);
    }

    [Fact]
    public async Task Sensor_read_of_another_tenant_s_resident_is_403_for_field_staff()
    {
        using var nurse = await AsNurse1Async(app.BaseAddress);

        using var sensors = await nurse.GetAsync("/api/residents/oslo-r-0001/sensors");

        Assert.Equal(HttpStatusCode.Forbidden, sensors.StatusCode);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("POST")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Audit_trail_cannot_be_changed_through_the_api(string method)
    {
        using var desk = await AsOperatorAsync(app.BaseAddress);
        using var card = await desk.GetAsync($"/api/residents/{SimResident(626)}/card");
        var before = await AuditAsync("limit=1000");
        using var admin = await SignIn.AsAdministratorAsync(app.BaseAddress);

        using var whole = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/admin/audit") { Content = JsonContent.Create(new { }) });
        using var row = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/api/admin/audit/{before[0].Id}") { Content = JsonContent.Create(new { }) });
        var after = await AuditAsync("limit=1000");

        Assert.Contains(whole.StatusCode, new[] { HttpStatusCode.MethodNotAllowed, HttpStatusCode.NotFound });
        Assert.Contains(row.StatusCode, new[] { HttpStatusCode.MethodNotAllowed, HttpStatusCode.NotFound });
        // Reading the trail adds rows of its own; the rows that were there are unchanged.
        Assert.Equal(before, after.Where(r => r.Id <= before[0].Id));
    }

    [Fact]
    public async Task Operator_gets_403_on_the_audit_trail()
    {
        using var desk = await AsOperatorAsync(app.BaseAddress);

        using var response = await desk.GetAsync("/api/admin/audit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
