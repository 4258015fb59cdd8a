using System.Net;
using System.Net.Http.Json;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;
using static ResponseCentre.Dashboard.Tests.DashboardTestKit;

namespace ResponseCentre.Dashboard.Tests;

/// <summary>
/// Who may call what: nothing under /api without a sign-in, the desk's and the administrator's
/// endpoints by role, and field staff only the incidents dispatched to them.
/// </summary>
public sealed class AccessTests(ResponseCentreApp app) : IClassFixture<ResponseCentreApp>
{
    public static TheoryData<string, string> SignedInEndpoints => new()
    {
        { "GET", "/api/auth/me" },
        { "GET", "/api/incidents" },
        { "GET", "/api/incidents/some-incident" },
        { "GET", "/api/incidents/some-incident/timeline" },
        { "POST", "/api/incidents/some-incident/accept" },
        { "GET", "/api/residents" },
        { "GET", "/api/residents/sim-r-0001/card" },
        { "GET", "/api/residents/sim-r-0001/sensors" },
        { "GET", "/api/residents/sim-r-0001/series/Temperature" },
        { "GET", "/api/devices/health" },
        { "GET", "/api/teams" },
        { "GET", "/api/teams/demo-home-nursing/on-duty" },
        { "GET", "/api/kpis" },
        { "GET", "/api/admin/accounts" },
        { "PUT", "/api/admin/accounts/intruder" },
        { "GET", "/api/admin/audit" },
        { "PUT", "/api/admin/residents/x" },
        { "PUT", "/api/admin/devices/x" },
        { "GET", "/api/admin/teams/demo-home-nursing" },
        { "GET", "/api/admin/tenants/demo/policies" },
    };

    public static TheoryData<string, string> DeskOrAdministratorEndpoints => new()
    {
        { "GET", "/api/residents" },
        { "GET", "/api/kpis" },
        { "GET", "/api/devices/health" },
        { "GET", "/api/teams" },
        { "GET", "/api/teams/demo-home-nursing/on-duty" },
        { "GET", "/api/admin/accounts" },
        { "PUT", "/api/admin/accounts/nurse1" },
        { "GET", "/api/admin/audit" },
        { "PUT", "/api/admin/residents/sim-r-0001" },
        { "PUT", "/api/admin/devices/sim-0001" },
        { "GET", "/api/admin/teams/demo-home-nursing" },
        { "GET", "/api/admin/tenants/demo/policies" },
    };

    public static TheoryData<string, string> AdministratorEndpoints => new()
    {
        { "GET", "/api/admin/accounts" },
        { "PUT", "/api/admin/accounts/operator" },
        { "GET", "/api/admin/audit" },
        { "PUT", "/api/admin/residents/sim-r-0001" },
        { "PUT", "/api/admin/devices/sim-0001" },
        { "GET", "/api/admin/teams/demo-home-nursing" },
        { "PUT", "/api/admin/teams/demo-home-nursing/roster" },
        { "GET", "/api/admin/tenants/demo/policies" },
        { "PUT", "/api/admin/tenants/demo/policies" },
    };

    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        // A body that would be accepted shape-wise, so only the missing permission can refuse it.
        Content = method == "GET" ? null : JsonContent.Create(new { }),
    };

    [Theory]
    [MemberData(nameof(SignedInEndpoints))]
    public async Task Api_answers_401_without_a_sign_in(string method, string path)
    {
        using var http = Anonymous(app.BaseAddress);

        using var response = await http.SendAsync(Request(method, path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        // No redirect to a login page on /api.
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Login_and_logout_and_health_need_no_sign_in()
    {
        using var http = Anonymous(app.BaseAddress);

        using var health = await http.GetAsync("/health");
        using var logout = await http.PostAsJsonAsync("/api/auth/logout", new { });
        using var login = await http.PostAsJsonAsync("/api/auth/login", new { userName = "nurse1", password = "wrong-password" });

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        // Reaches the endpoint: refused for the password, with the endpoint's own problem.
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.Contains("user name or password", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refusals_on_api_are_problem_json_with_a_detail_as_the_contract_says()
    {
        using var anonymous = Anonymous(app.BaseAddress);
        using var nurse = await AsNurse1Async(app.BaseAddress);

        using var unauthorized = await anonymous.GetAsync("/api/incidents");
        using var forbidden = await nurse.GetAsync("/api/residents");

        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        // CONTRACT.md: "Any /api call answers 401 when not signed in and 403 when the role/tenant/dispatch
        // does not allow it (problem JSON with `detail`)".
        var unauthorizedBody = await unauthorized.Content.ReadAsStringAsync();
        var forbiddenBody = await forbidden.Content.ReadAsStringAsync();
        Assert.True(
            unauthorized.Content.Headers.ContentType?.MediaType == "application/problem+json" && unauthorizedBody.Contains("\"detail\"", StringComparison.Ordinal)
            && forbidden.Content.Headers.ContentType?.MediaType == "application/problem+json" && forbiddenBody.Contains("\"detail\"", StringComparison.Ordinal),
            $"401 answered '{unauthorized.Content.Headers.ContentType}' with body '{unauthorizedBody}'; 403 answered '{forbidden.Content.Headers.ContentType}' with body '{forbiddenBody}'.");
    }

    [Theory]
    [MemberData(nameof(DeskOrAdministratorEndpoints))]
    public async Task Field_staff_get_403_on_the_desk_s_and_the_administrator_s_endpoints(string method, string path)
    {
        using var nurse = await AsNurse1Async(app.BaseAddress);

        using var response = await nurse.SendAsync(Request(method, path));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(AdministratorEndpoints))]
    public async Task Operator_gets_403_on_the_administrator_s_endpoints(string method, string path)
    {
        using var desk = await AsOperatorAsync(app.BaseAddress);

        using var response = await desk.SendAsync(Request(method, path));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Team_lead_gets_403_on_the_administrator_s_endpoints_but_reads_the_desk_s()
    {
        using var lead = await SignIn.AsAsync(app.BaseAddress, "lead", "demo-lead");

        using var accounts = await lead.GetAsync("/api/admin/accounts");
        using var audit = await lead.GetAsync("/api/admin/audit");
        using var teams = await lead.GetAsync("/api/teams");
        using var residents = await lead.GetAsync("/api/residents?q=sim-r-000&limit=3");

        Assert.Equal(HttpStatusCode.Forbidden, accounts.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, audit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, teams.StatusCode);
        Assert.Equal(HttpStatusCode.OK, residents.StatusCode);
    }

    [Fact]
    public async Task Field_staff_see_and_open_only_what_was_dispatched_to_them()
    {
        var incident = await RaiseDispatchedToNurse1Async(app, 600);
        var id = incident.Id.Value;
        using var nurse = await AsNurse1Async(app.BaseAddress);
        using var oslo = await AsOsloNurseAsync(app.BaseAddress);

        var nurseQueue = await OpenIncidentsAsync(nurse);
        using var nurseGet = await nurse.GetAsync($"/api/incidents/{id}");
        using var nurseTimeline = await nurse.GetAsync($"/api/incidents/{id}/timeline");
        using var nurseCard = await nurse.GetAsync($"/api/residents/{SimResident(600)}/card");
        var osloQueue = await OpenIncidentsAsync(oslo);
        using var osloGet = await oslo.GetAsync($"/api/incidents/{id}");
        using var osloTimeline = await oslo.GetAsync($"/api/incidents/{id}/timeline");
        using var osloCard = await oslo.GetAsync($"/api/residents/{SimResident(600)}/card");
        using var osloAccept = await ActAsync(oslo, id, "accept");
        using var osloDecline = await ActAsync(oslo, id, "decline");
        var after = await nurse.GetFromJsonAsync<IncidentView>($"/api/incidents/{id}", Json);

        Assert.Contains(nurseQueue, i => i.Id == incident.Id);
        Assert.Equal(HttpStatusCode.OK, nurseGet.StatusCode);
        Assert.Equal(HttpStatusCode.OK, nurseTimeline.StatusCode);
        Assert.Equal(HttpStatusCode.OK, nurseCard.StatusCode);
        Assert.DoesNotContain(osloQueue, i => i.Id == incident.Id);
        Assert.Equal(HttpStatusCode.NotFound, osloGet.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, osloTimeline.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, osloCard.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, osloAccept.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, osloDecline.StatusCode);
        // Nothing the refused requests asked for happened.
        Assert.Equal(IncidentStatus.Dispatched, after!.Status);
        Assert.Null(after.AssignedTo);
    }

    [Fact]
    public async Task Field_staff_queue_holds_only_incidents_dispatched_to_them()
    {
        await RaiseDispatchedToNurse1Async(app, 603);
        using var nurse = await AsNurse1Async(app.BaseAddress);

        var queue = await OpenIncidentsAsync(nurse);

        Assert.NotEmpty(queue);
        Assert.All(queue, i => Assert.True(i.Notified.Contains(Nurse1Staff) || i.AssignedTo == Nurse1Staff, $"{i.Id} is not nurse1's"));
    }

    [Fact]
    public async Task Field_staff_get_403_on_a_card_of_another_tenant_s_resident()
    {
        using var nurse = await AsNurse1Async(app.BaseAddress);

        using var card = await nurse.GetAsync("/api/residents/oslo-r-0001/card");
        using var problem = await ReadJsonAsync(card);

        Assert.Equal(HttpStatusCode.Forbidden, card.StatusCode);
        Assert.Contains("dispatched to you", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Frognerveien", problem.RootElement.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Field_staff_get_403_not_404_on_an_unknown_resident_so_residents_cannot_be_probed()
    {
        using var nurse = await AsNurse1Async(app.BaseAddress);

        using var card = await nurse.GetAsync("/api/residents/no-such-resident/card");

        Assert.Equal(HttpStatusCode.Forbidden, card.StatusCode);
    }

    [Fact]
    public async Task Operator_sees_both_tenants_incidents_and_an_oslo_only_operator_sees_only_oslo_s()
    {
        var demo = await RaiseDispatchedToNurse1Async(app, 601);
        // oslo-r-0002 (Grünerløkka): no routing rule matches, so it stays with the operators, open.
        var osloId = await RaiseAsync(app, "pendant-0002", AlarmKind.PushButton);
        using var admin = await SignIn.AsAdministratorAsync(app.BaseAddress);
        using var put = await admin.PutAsJsonAsync("/api/admin/accounts/oslo-desk",
            new { displayName = "Oslo Desk", role = "Operator", tenants = OsloOnly, password = "north-desk-pass" });
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        using var desk = await AsOperatorAsync(app.BaseAddress);
        using var osloDesk = await SignIn.AsAsync(app.BaseAddress, "oslo-desk", "north-desk-pass");

        var deskQueue = await OpenIncidentsAsync(desk);
        var osloDeskQueue = await OpenIncidentsAsync(osloDesk);
        using var osloDeskGetDemo = await osloDesk.GetAsync($"/api/incidents/{demo.Id.Value}");
        using var osloDeskAcceptDemo = await ActAsync(osloDesk, demo.Id.Value, "accept");
        using var osloDeskCard = await osloDesk.GetAsync($"/api/residents/{SimResident(601)}/card");

        Assert.Contains(deskQueue, i => i.Id == demo.Id && i.Tenant == new TenantId("demo"));
        Assert.Contains(deskQueue, i => i.Id.Value == osloId && i.Tenant == new TenantId("oslo"));
        Assert.Contains(osloDeskQueue, i => i.Id.Value == osloId);
        Assert.DoesNotContain(osloDeskQueue, i => i.Id == demo.Id);
        Assert.All(osloDeskQueue, i => Assert.Equal(new TenantId("oslo"), i.Tenant));
        Assert.Equal(HttpStatusCode.NotFound, osloDeskGetDemo.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, osloDeskAcceptDemo.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, osloDeskCard.StatusCode);
    }

    [Fact]
    public async Task Accepting_field_staff_are_named_in_the_timeline_by_their_staff_id()
    {
        var incident = await RaiseDispatchedToNurse1Async(app, 602);
        var id = incident.Id.Value;
        using var nurse = await AsNurse1Async(app.BaseAddress);

        using var accept = await ActAsync(nurse, id, "accept");
        var accepted = await accept.Content.ReadFromJsonAsync<IncidentView>(Json);
        using var enRoute = await ActAsync(nurse, id, "en-route");
        using var onSite = await ActAsync(nurse, id, "on-site");
        using var resolve = await ActAsync(nurse, id, "resolve", IncidentOutcome.HelpGiven);
        var timeline = await nurse.GetFromJsonAsync<List<TimelineEntry>>($"/api/incidents/{id}/timeline", Json);

        Assert.Equal(HttpStatusCode.OK, accept.StatusCode);
        Assert.Equal(IncidentStatus.Accepted, accepted!.Status);
        Assert.Equal(Nurse1Staff, accepted.AssignedTo);
        Assert.Equal(HttpStatusCode.OK, enRoute.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onSite.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resolve.StatusCode);
        var staff = new Actor(ActorKind.Staff, "demo-nurse-01");
        Assert.Contains(timeline!, e => e.Event == IncidentEvent.Accepted && e.Actor == staff);
        Assert.Contains(timeline!, e => e.Event == IncidentEvent.EnRoute && e.Actor == staff);
        Assert.Contains(timeline!, e => e.Event == IncidentEvent.OnSite && e.Actor == staff);
        Assert.Contains(timeline!, e => e.Event == IncidentEvent.Resolved && e.Actor == staff);
        // No step is attributed to the operator desk or to the account name.
        Assert.DoesNotContain(timeline!, e => e.Actor.Kind == ActorKind.Operator || e.Actor.Id == Nurse1User);
    }
}
