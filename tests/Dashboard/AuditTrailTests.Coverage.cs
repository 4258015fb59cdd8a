using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using ResponseCentre.Dashboard.Audit;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.Testing;
using static ResponseCentre.Dashboard.Tests.DashboardTestKit;

namespace ResponseCentre.Dashboard.Tests;

/// <summary>
/// Coverage: every administrative change and every read of personal or health data writes its row
/// (action, user, and what it was done to), as does signing in and out; and the chain verifies.
/// </summary>
public sealed partial class AuditTrailTests
{
    private const string Tenant = "audit-cover";
    private const string Team = "audit-cover-team";
    private const string Resident = "audit-cover-r-1";
    private const string Device = "audit-cover-d-1";
    private const string Account = "audit-cover-user";

    /// <summary>One call and the row it must leave; the calls run in this order (a device needs its resident first).</summary>
    private sealed record AuditedCall(string Method, string Path, HttpContent? Body, string Action, string? Resident = null, string? Subject = null);

    private static JsonContent JsonBody(object body) => JsonContent.Create(body, options: Json);

    private static StringContent Text(string body, string mediaType) => new StringContent(body, Encoding.UTF8, mediaType);

    private static IEnumerable<AuditedCall> AdministrativeCallsAndReads() =>
    [
        new("PUT", $"/api/admin/accounts/{Account}", JsonBody(new { displayName = "Audit Cover", role = "Operator", tenants = new[] { Tenant }, password = "Audit-cover-Passw0rd-long" }),
            AuditActions.CreateAccount, Subject: $"account/{Account}"),
        new("PUT", $"/api/admin/accounts/{Account}", JsonBody(new { displayName = "Audit Cover", role = "Administrator", tenants = new[] { Tenant }, password = "Audit-cover-Passw0rd-new1" }),
            AuditActions.UpdateAccount, Subject: $"account/{Account}"),
        new("PUT", $"/api/admin/teams/{Team}", Text($$"""
            { "id": "{{Team}}", "tenant": "{{Tenant}}", "name": "Audit team", "kind": "HomeNursing", "district": "North",
              "members": [ { "staff": "audit-nurse", "name": "Kari", "role": "Responder" } ] }
            """, "application/json"), AuditActions.DefineTeam, Subject: $"team/{Team}"),
        new("PUT", $"/api/admin/teams/{Team}/roster", Text("""
            { "timeZone": "Europe/Oslo", "shifts": [ { "staff": "audit-nurse", "days": ["Monday"], "start": "08:00", "end": "16:00" } ], "overrides": [] }
            """, "application/json"), AuditActions.SetRoster, Subject: $"team/{Team}"),
        new("PUT", $"/api/admin/teams/{Team}/roster/ical", Text(
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nSUMMARY:audit-nurse\nDTSTART:20260110T080000Z\nDTEND:20260110T160000Z\nEND:VEVENT\nEND:VCALENDAR\n", "text/calendar"),
            AuditActions.ImportRoster, Subject: $"team/{Team}"),
        new("PUT", $"/api/admin/residents/{Resident}",
            JsonBody(new ResidentProfile(new ResidentId(Resident), new TenantId(Tenant), "Kari", "North", CareLevel.Basic, [new Grains.Abstractions.Teams.TeamId(Team)])),
            AuditActions.SaveResident, Resident: Resident),
        new("PUT", $"/api/admin/devices/{Device}", JsonBody(new { resident = Resident }), AuditActions.RegisterDevice, Resident, $"device/{Device}"),
        new("PUT", $"/api/admin/devices/{Device}/credentials", JsonBody(new { secret = "audit-cover-d-1-secret-01" }), AuditActions.SetDeviceCredentials, Subject: $"device/{Device}"),
        new("PUT", $"/api/admin/devices/{Device}/supervision", JsonBody(DeviceSupervision.Default), AuditActions.SetDeviceSupervision, Subject: $"device/{Device}"),
        new("PUT", $"/api/admin/residents/{Resident}/sensor-rules", JsonBody(SensorRuleSet.Default), AuditActions.SetSensorRules, Resident),
        new("GET", $"/api/admin/residents/{Resident}/sensor-rules", null, AuditActions.ReadSensorRules, Resident),
        new("POST", $"/api/admin/residents/{Resident}/doses-taken", JsonBody(new { }), AuditActions.RecordDoseTaken, Resident),
        new("PUT", $"/api/admin/tenants/{Tenant}/policies", Text($$"""
            { "tenant": "{{Tenant}}", "timeZone": "Europe/Oslo",
              "routing": [ { "team": "{{Team}}", "kinds": [], "district": null, "minimumCareLevel": null, "from": null, "to": null, "onlyAssignedTeam": false } ],
              "escalation": [ { "name": "all", "kinds": [], "priority": "LifeThreatening", "steps": [ { "notify": "Operators", "wait": "00:02:00" } ], "repeats": 1 } ] }
            """, "application/json"), AuditActions.SetPolicies, Subject: $"tenant/{Tenant}"),
        new("GET", "/api/residents?q=audit-cover", null, AuditActions.SearchResidents),
        new("GET", "/api/incidents", null, AuditActions.ReadIncidentList),
        new("GET", "/api/admin/audit?user=nobody", null, AuditActions.ReadAuditTrail),
        new("GET", "/api/admin/audit/verify", null, AuditActions.VerifyAuditTrail),
    ];

    [Fact]
    public async Task Every_administrative_change_and_listed_read_leaves_its_row()
    {
        using var admin = await SignIn.AsAdministratorAsync(app.BaseAddress);
        var since = (await AuditAsync("limit=1"))[0].Id;

        foreach (var call in AdministrativeCallsAndReads())
        {
            using var response = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(call.Method), call.Path) { Content = call.Body });
            Assert.True(response.IsSuccessStatusCode, $"{call.Method} {call.Path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        var rows = (await AuditAsync("user=admin&limit=1000")).Where(r => r.Id > since).ToList();
        Assert.All(AdministrativeCallsAndReads(), call => Assert.True(
            rows.Any(r => r.Action == call.Action && r.Role == "Administrator" && r.Resident == call.Resident && r.Subject == call.Subject),
            $"no {call.Action} row for {call.Method} {call.Path} (resident {call.Resident}, subject {call.Subject})"));
        var update = rows.Single(r => r.Action == AuditActions.UpdateAccount);
        Assert.Contains("role Operator -> Administrator", update.Detail, StringComparison.Ordinal);
        Assert.Contains("password changed", update.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Passw0rd", string.Join("|", rows.Select(r => r.Detail)), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-01", string.Join("|", rows.Select(r => r.Detail)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_the_grain_refuses_is_audited_as_attempted_and_then_denied_with_the_reason()
    {
        using var admin = await SignIn.AsAdministratorAsync(app.BaseAddress);

        using var refused = await admin.PutAsync("/api/admin/tenants/audit-refused/policies", Text(
            """{ "tenant": "audit-refused", "timeZone": "Nowhere/Atlantis", "routing": [], "escalation": [] }""", "application/json"));
        var rows = await AuditAsync("subject=tenant/audit-refused");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["Denied:SetPolicies", AuditActions.SetPolicies], rows.Select(r => r.Action));
        Assert.Contains("Nowhere/Atlantis", rows[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Incident_detail_and_timeline_reads_are_audited_and_an_unseen_incident_as_denied()
    {
        var incident = await RaiseDispatchedToNurse1Async(app, 628);
        var id = incident.Id.Value;
        using var nurse = await AsNurse1Async(app.BaseAddress);
        using var oslo = await AsOsloNurseAsync(app.BaseAddress);

        using var detail = await nurse.GetAsync($"/api/incidents/{id}");
        using var timeline = await nurse.GetAsync($"/api/incidents/{id}/timeline");
        using var unseen = await oslo.GetAsync($"/api/incidents/{id}");
        var rows = await AuditAsync($"incident={id}");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound), (detail.StatusCode, timeline.StatusCode, unseen.StatusCode));
        Assert.Equal(
            [(OsloNurseUser, "Denied:ReadIncident", null), (Nurse1User, AuditActions.ReadIncidentTimeline, incident.Resident.Value), (Nurse1User, AuditActions.ReadIncident, incident.Resident.Value)],
            rows.Select(r => (r.User, r.Action, r.Resident)));
    }

    [Fact]
    public async Task Sign_in_refused_sign_in_and_sign_out_are_audited_with_the_name_tried_and_the_address_but_no_password()
    {
        using var anonymous = Anonymous(app.BaseAddress);
        using var wrong = await anonymous.PostAsJsonAsync("/api/auth/login", new { userName = OperatorUser, password = "not-the-password" });
        using var unknown = await anonymous.PostAsJsonAsync("/api/auth/login", new { userName = "audit-no-such-user", password = "whatever-it-is" });
        using var desk = await AsOperatorAsync(app.BaseAddress);
        using var logout = await desk.PostAsJsonAsync("/api/auth/logout", new { });

        var operatorRows = (await AuditAsync($"user={OperatorUser}&limit=3")).Select(r => (r.Action, r.Role)).ToList();
        var unknownRow = Assert.Single(await AuditAsync("user=audit-no-such-user"));

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.NoContent), (wrong.StatusCode, logout.StatusCode));
        Assert.Equal([(AuditActions.SignOut, "Operator"), (AuditActions.SignIn, "Operator"), ("Denied:SignIn", Auditor.AnonymousRole)], operatorRows);
        Assert.Equal(("Denied:SignIn", "unknown user name; from 127.0.0.1"), (unknownRow.Action, unknownRow.Detail));
        Assert.DoesNotContain("whatever", unknownRow.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_trail_verifies_intact_through_the_api_for_the_administrator_only()
    {
        using var desk = await AsOperatorAsync(app.BaseAddress);
        using var admin = await SignIn.AsAdministratorAsync(app.BaseAddress);

        using var refused = await desk.GetAsync("/api/admin/audit/verify");
        var verification = await admin.GetFromJsonAsync<AuditVerification>("/api/admin/audit/verify", Json);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.NotNull(verification);
        Assert.True(verification.Intact, verification.Problem);
        Assert.True(verification.Rows > 0);
        // The verification's own row is written first, so it is the last row verified.
        Assert.Equal(verification.LastRow, (await AuditAsync("user=admin")).First(r => r.Action == AuditActions.VerifyAuditTrail).Id);
    }

    [Fact]
    public async Task A_row_changed_in_the_file_is_reported_by_the_verify_endpoint_and_logged()
    {
        using var desk = await AsOperatorAsync(app.BaseAddress);
        using var card = await desk.GetAsync($"/api/residents/{SimResident(629)}/card");
        var row = Assert.Single(await AuditAsync($"resident={SimResident(629)}"));
        using var admin = await SignIn.AsAdministratorAsync(app.BaseAddress);
        using var file = new SqliteConnection($"Data Source={Path.Combine(app.DataFolder, "responsecentre.db")};Pooling=False");
        await file.OpenAsync();

        // What someone with write access to the file can do; put back afterwards, as the other tests share the trail.
        await ExecuteAsync(file, $"DROP TRIGGER audit_trail_no_update; UPDATE audit_trail SET user_name = 'someone-else' WHERE id = {row.Id}");
        var broken = await admin.GetFromJsonAsync<AuditVerification>("/api/admin/audit/verify", Json);
        await ExecuteAsync(file, $"""
            UPDATE audit_trail SET user_name = 'operator' WHERE id = {row.Id};
            CREATE TRIGGER audit_trail_no_update BEFORE UPDATE ON audit_trail BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            """);
        var repaired = await admin.GetFromJsonAsync<AuditVerification>("/api/admin/audit/verify", Json);

        Assert.Equal((false, row.Id), (broken!.Intact, broken.BrokenRow));
        Assert.Contains(app.Logs.Lines, l => l.Level == LogLevel.Critical && l.Message.Contains($"broken at row {row.Id}", StringComparison.Ordinal));
        Assert.True(repaired!.Intact, repaired.Problem);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
