using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Teams;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;
using static ResponseCentre.Dashboard.Tests.DashboardTestKit;

namespace ResponseCentre.Dashboard.Tests;

/// <summary>
/// Where the hub places a connection: the desk gets its tenants' incidents, field staff only what
/// is dispatched to them, and nobody connects without signing in.
/// </summary>
public sealed class HubGroupTests(ResponseCentreApp app) : IClassFixture<ResponseCentreApp>
{
    private static readonly StaffId OsloNurseStaff = new("oslo-nurse-01");

    [Fact]
    public async Task Hub_refuses_a_connection_without_a_sign_in()
    {
        await using var connection = new HubConnectionBuilder().WithUrl(new Uri(app.BaseAddress, "/hubs/incidents")).Build();

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HubConnectionState.Disconnected, connection.State);
    }

    [Fact]
    public async Task Field_staff_receive_only_incidents_dispatched_to_them_and_the_desk_receives_its_tenants()
    {
        // Make oslo-nurse-01 the only one on duty in Frogner, around the clock, so an Oslo alarm goes to her.
        using var admin = await SignIn.AsAdministratorAsync(app.BaseAddress);
        using var roster = await admin.PutAsJsonAsync("/api/admin/teams/oslo-frogner-home-nursing/roster", new
        {
            timeZone = "Europe/Oslo",
            shifts = new[]
            {
                new
                {
                    staff = "oslo-nurse-01",
                    days = EveryDay,
                    start = "00:00:00",
                    end = "00:00:00",
                },
            },
            overrides = Array.Empty<object>(),
        });
        Assert.True(roster.IsSuccessStatusCode, await roster.Content.ReadAsStringAsync());
        await using var nurse = await DashboardListener.ConnectAsAsync(app.BaseAddress, Nurse1User, NursePassword);
        await using var osloNurse = await DashboardListener.ConnectAsAsync(app.BaseAddress, OsloNurseUser, NursePassword);
        await using var desk = await DashboardListener.ConnectAsAsync(app.BaseAddress, OperatorUser, OperatorPassword);

        // A demo alarm, dispatched to demo-nurse-01, who accepts it through the hub.
        var demoId = await RaiseAsync(app, SimDevice(650), AlarmKind.Fall);
        var dispatched = await nurse.WaitForAsync(i => i.Id.Value == demoId && i.Notified.Contains(Nurse1Staff), Patience);
        var accepted = await nurse.ActAsync("Accept", demoId);
        await nurse.WaitForAsync(i => i.Id.Value == demoId && i.Status == IncidentStatus.Accepted, Patience);
        await desk.WaitForAsync(i => i.Id.Value == demoId && i.Status == IncidentStatus.Accepted, Patience);

        // Every push about the demo alarm has now been sent. A later Oslo alarm is dispatched to
        // oslo-nurse-01: if the demo alarm had reached her connection, it would have arrived first.
        var osloId = await RaiseAsync(app, "fall-0001", AlarmKind.Fall);
        var first = await osloNurse.WaitForAsync(_ => true, Patience);
        var osloAtDesk = await desk.WaitForAsync(i => i.Id.Value == osloId, Patience);

        Assert.Equal(new TenantId("demo"), dispatched.Tenant);
        Assert.Equal(Nurse1Staff, accepted.AssignedTo);
        Assert.Equal(osloId, first.Id.Value);
        Assert.Equal(new TenantId("oslo"), first.Tenant);
        Assert.Contains(OsloNurseStaff, first.Notified);
        Assert.Equal(new TenantId("oslo"), osloAtDesk.Tenant);
    }

    [Fact]
    public async Task Field_staff_receive_the_escalation_notice_addressed_to_them()
    {
        await using var nurse = await DashboardListener.ConnectAsAsync(app.BaseAddress, Nurse1User, NursePassword);

        var id = await RaiseAsync(app, SimDevice(651), AlarmKind.PushButton);
        var notice = await nurse.WaitForNoticeAsync(n => n.Incident.Id.Value == id, Patience);

        Assert.Contains(Nurse1Staff, notice.Recipients);
        Assert.Equal(0, notice.Step);
    }

    [Fact]
    public async Task Hub_action_on_an_incident_not_dispatched_to_the_caller_is_refused()
    {
        await using var nurse = await DashboardListener.ConnectAsAsync(app.BaseAddress, Nurse1User, NursePassword);
        await using var osloNurse = await DashboardListener.ConnectAsAsync(app.BaseAddress, OsloNurseUser, NursePassword);
        var id = await RaiseAsync(app, SimDevice(652), AlarmKind.Fall);
        await nurse.WaitForAsync(i => i.Id.Value == id && i.Notified.Contains(Nurse1Staff), Patience);

        var refused = await Assert.ThrowsAsync<HubException>(() => osloNurse.ActAsync("Accept", id));
        using var http = await AsNurse1Async(app.BaseAddress);
        var incident = await http.GetFromJsonAsync<IncidentView>($"/api/incidents/{id}", Json);

        Assert.Contains("not one of yours", refused.Message, StringComparison.Ordinal);
        Assert.Equal(IncidentStatus.Dispatched, incident!.Status);
    }

    [Fact]
    public async Task Field_staff_may_not_follow_a_team_s_risk_signals()
    {
        await using var nurse = await DashboardListener.ConnectAsAsync(app.BaseAddress, Nurse1User, NursePassword);
        await using var desk = await DashboardListener.ConnectAsAsync(app.BaseAddress, OperatorUser, OperatorPassword);

        await Assert.ThrowsAsync<HubException>(() => nurse.WatchTeamAsync("demo-home-nursing"));
        await desk.WatchTeamAsync("demo-home-nursing");
    }
}
