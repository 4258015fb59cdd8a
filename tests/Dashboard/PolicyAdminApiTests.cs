using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ResponseCentre.Testing;

namespace ResponseCentre.Dashboard.Tests;

public sealed class PolicyAdminApiTests(ResponseCentreApp app) : IClassFixture<ResponseCentreApp>
{
    private const string PoliciesPath = "/api/admin/tenants/test-policies-tenant/policies";

    [Fact]
    public async Task Stored_policies_read_back_as_they_were_written()
    {
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);
        var body = ValidPolicies("test-policies-tenant");

        using var put = await http.PutAsync(PoliciesPath, Json(body));
        var stored = JsonNode.Parse(await http.GetStringAsync(PoliciesPath));

        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.True(JsonNode.DeepEquals(body, stored), $"Read back: {stored}");
    }

    [Fact]
    public async Task Policy_with_a_zero_wait_is_refused_naming_the_field()
    {
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);
        var body = ValidPolicies("test-policies-refused");
        body["escalation"]![0]!["steps"]![0]!["wait"] = "00:00:00";

        using var response = await http.PutAsync("/api/admin/tenants/test-policies-refused/policies", Json(body));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(problem.RootElement.GetProperty("errors").GetProperty("policies").EnumerateArray());
        Assert.Equal("escalation[0].steps[0].wait must be positive (was 00:00:00)", error.GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/admin/tenants/test-policies-refused/policies")).StatusCode);
    }

    [Fact]
    public async Task Wait_in_an_unreadable_format_is_refused_naming_its_path()
    {
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);
        var body = ValidPolicies("test-policies-unreadable");
        body["escalation"]![0]!["steps"]![1]!["wait"] = "PT2M";

        using var response = await http.PutAsync("/api/admin/tenants/test-policies-unreadable/policies", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$.escalation[0].steps[1].wait", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Policies_for_another_tenant_than_the_address_are_refused()
    {
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);

        using var response = await http.PutAsync(PoliciesPath, Json(ValidPolicies("someone-else")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("does not match", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tenant_without_policies_is_not_found()
    {
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);

        var response = await http.GetAsync("/api/admin/tenants/test-policies-none/policies");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Routing_dry_run_shows_the_team_a_district_rule_chooses()
    {
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);
        using var put = await http.PutAsync("/api/admin/tenants/oslo/policies", Json(ValidPolicies("oslo")));
        put.EnsureSuccessStatusCode();

        using var json = JsonDocument.Parse(await http.GetStringAsync(
            "/api/admin/tenants/oslo/routing?resident=oslo-r-0001&kind=Fall&at=2026-01-15T12:00:00Z"));

        Assert.Equal("oslo-frogner-home-nursing", json.RootElement.GetProperty("team").GetString());
    }

    [Fact]
    public async Task Routing_dry_run_for_an_unknown_resident_is_not_found()
    {
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);

        var response = await http.GetAsync("/api/admin/tenants/oslo/routing?resident=no-such-resident&kind=Fall");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static JsonObject ValidPolicies(string tenant) => new()
    {
        ["tenant"] = tenant,
        ["timeZone"] = "Europe/Oslo",
        ["routing"] = new JsonArray(
            new JsonObject
            {
                ["team"] = "oslo-frogner-night",
                ["kinds"] = new JsonArray(),
                ["district"] = "Frogner",
                ["minimumCareLevel"] = null,
                ["from"] = "22:00:00",
                ["to"] = "07:00:00",
                ["onlyAssignedTeam"] = false,
            },
            new JsonObject
            {
                ["team"] = "oslo-frogner-home-nursing",
                ["kinds"] = new JsonArray("Fall", "AssistanceCall"),
                ["district"] = "Frogner",
                ["minimumCareLevel"] = "Basic",
                ["from"] = null,
                ["to"] = null,
                ["onlyAssignedTeam"] = false,
            }),
        ["escalation"] = new JsonArray(new JsonObject
        {
            ["name"] = "falls",
            ["kinds"] = new JsonArray("Fall"),
            ["priority"] = "LifeThreatening",
            ["steps"] = new JsonArray(
                new JsonObject { ["notify"] = "OnDutyResponder", ["wait"] = "00:00:45" },
                new JsonObject { ["notify"] = "Operators", ["wait"] = "00:02:00" }),
            ["repeats"] = 2,
        }),
    };

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");
}
