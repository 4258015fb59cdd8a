using System.Net.Http.Json;
using System.Text.Json;
using ResponseCentre.Dashboard.Hosting;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Teams;
using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests;

/// <summary>
/// Registers, through the admin API only, a tenant with one resident and device, a team of two
/// responders and a lead on duty round the clock, a rule routing to it, and a four-step policy.
/// </summary>
public static class EscalationSetup
{
    /// <summary>Registers everything for <paramref name="tenant"/>; staff ids are the tenant's own, so tests never hear each other's notices.</summary>
    public static async Task<(StaffId Anna, StaffId Bjorn, StaffId Lead)> RegisterAsync(Uri baseAddress, string tenant, TimeSpan stepWait)
    {
        StaffId anna = new($"{tenant}-anna"), bjorn = new($"{tenant}-bjorn"), lead = new($"{tenant}-lead");
        using var http = await SignIn.AsAdministratorAsync(baseAddress);
        var json = new JsonSerializerOptions();
        DashboardJson.Configure(json);
        var team = new TeamId($"{tenant}-team");
        DayOfWeek[] everyDay = [.. Enum.GetValues<DayOfWeek>()];
        var midnight = new TimeOnly(0, 0);

        await PutAsync(http, $"/api/admin/teams/{team}", new TeamDefinition(team, new TenantId(tenant), "North home nursing", TeamKind.HomeNursing, "North",
            [new TeamMember(anna, "Anna", TeamRole.Responder), new TeamMember(bjorn, "Bjørn", TeamRole.Responder), new TeamMember(lead, "Lise", TeamRole.Lead)]), json);
        await PutAsync(http, $"/api/admin/teams/{team}/roster", new Roster("Europe/Oslo",
            [new RecurringShift(anna, everyDay, midnight, midnight), new RecurringShift(bjorn, everyDay, midnight, midnight), new RecurringShift(lead, everyDay, midnight, midnight)],
            []), json);
        await PutAsync(http, $"/api/admin/tenants/{tenant}/policies", new TenantPolicies(new TenantId(tenant), "Europe/Oslo",
            [new RoutingRule(team, [], "North", null, null, null, false)],
            [new EscalationPolicy("e2e", [], null,
                [new(NotifyTarget.OnDutyResponder, stepWait), new(NotifyTarget.WholeTeam, stepWait), new(NotifyTarget.TeamLead, stepWait), new(NotifyTarget.Operators, stepWait)],
                Repeats: 0)]), json);
        var resident = new ResidentId($"{tenant}-resident");
        await PutAsync(http, $"/api/admin/residents/{resident}", new ResidentProfile(resident, new TenantId(tenant), "Kari", "North", CareLevel.AtRisk, []), json);
        await PutAsync(http, $"/api/admin/devices/{tenant}-device", new { resident = resident.Value }, json);
        await PutAsync(http, $"/api/admin/devices/{tenant}-device/credentials", new { secret = TestDevice.DemoSecret }, json);
        return (anna, bjorn, lead);
    }

    private static async Task PutAsync<T>(HttpClient http, string path, T body, JsonSerializerOptions json)
    {
        using var response = await http.PutAsJsonAsync(path, body, json);
        Assert.True(response.IsSuccessStatusCode, $"PUT {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
