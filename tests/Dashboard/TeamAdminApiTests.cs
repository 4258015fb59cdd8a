using System.Net;
using System.Text;
using System.Text.Json;
using ResponseCentre.Testing;

namespace ResponseCentre.Dashboard.Tests;

public sealed class TeamAdminApiTests(ResponseCentreApp app) : IClassFixture<ResponseCentreApp>
{
    private static string TeamJson(string id) => $$"""
        {
          "id": "{{id}}", "tenant": "oslo", "name": "Frogner home nursing", "kind": "HomeNursing", "district": "Frogner",
          "members": [
            { "staff": "nurse-1", "name": "Kari Nordmann", "role": "Responder" },
            { "staff": "lead-1", "name": "Ola Leder", "role": "Lead" }
          ]
        }
        """;

    [Fact]
    public async Task Team_put_can_be_read_back_with_ids_as_strings_and_enums_as_names()
    {
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);

        using var put = await http.PutAsync("/api/admin/teams/test-teams-define", Json(TeamJson("test-teams-define")));
        using var json = JsonDocument.Parse(await http.GetStringAsync("/api/admin/teams/test-teams-define"));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("test-teams-define", json.RootElement.GetProperty("id").GetString());
        Assert.Equal("HomeNursing", json.RootElement.GetProperty("kind").GetString());
        var lead = json.RootElement.GetProperty("members")[1];
        Assert.Equal("lead-1", lead.GetProperty("staff").GetString());
        Assert.Equal("Lead", lead.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Unknown_team_is_not_found()
    {
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);

        using var team = await http.GetAsync("/api/admin/teams/test-teams-unknown");
        using var onDuty = await http.GetAsync("/api/teams/test-teams-unknown/on-duty");

        Assert.Equal(HttpStatusCode.NotFound, team.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, onDuty.StatusCode);
    }

    [Fact]
    public async Task Team_whose_body_names_another_team_is_refused()
    {
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);

        using var response = await http.PutAsync("/api/admin/teams/test-teams-address", Json(TeamJson("test-teams-body")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("test-teams-body", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roster_naming_an_unknown_staff_id_is_refused_naming_the_field()
    {
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);
        (await http.PutAsync("/api/admin/teams/test-teams-stranger", Json(TeamJson("test-teams-stranger")))).EnsureSuccessStatusCode();

        using var response = await http.PutAsync("/api/admin/teams/test-teams-stranger/roster", Json("""
            { "timeZone": "Europe/Oslo", "shifts": [ { "staff": "stranger", "days": ["Monday"], "start": "08:00", "end": "16:00" } ], "overrides": [] }
            """));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("shifts[0].staff 'stranger'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_roster_keeps_day_names_and_local_times_and_decides_who_is_on_duty()
    {
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);
        (await http.PutAsync("/api/admin/teams/test-teams-json-roster", Json(TeamJson("test-teams-json-roster")))).EnsureSuccessStatusCode();

        using var put = await http.PutAsync("/api/admin/teams/test-teams-json-roster/roster", Json("""
            { "timeZone": "Europe/Oslo", "shifts": [ { "staff": "nurse-1", "days": ["Monday"], "start": "22:00", "end": "07:00" } ], "overrides": [] }
            """));
        using var roster = JsonDocument.Parse(await http.GetStringAsync("/api/admin/teams/test-teams-json-roster/roster"));
        using var onDuty = JsonDocument.Parse(await http.GetStringAsync("/api/teams/test-teams-json-roster/on-duty?at=2026-01-06T02:00:00Z"));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var shift = roster.RootElement.GetProperty("shifts")[0];
        Assert.Equal("Monday", shift.GetProperty("days")[0].GetString());
        Assert.Equal("22:00:00", shift.GetProperty("start").GetString());
        Assert.Equal("nurse-1", onDuty.RootElement.GetProperty("onDuty")[0].GetProperty("staff").GetString());
    }

    [Fact]
    public async Task ICalendar_roster_puts_the_person_on_duty_inside_their_shift()
    {
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);
        (await http.PutAsync("/api/admin/teams/test-teams-ical", Json(TeamJson("test-teams-ical")))).EnsureSuccessStatusCode();
        const string calendar = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//rota//EN
            BEGIN:VEVENT
            UID:day-shift
            SUMMARY:nurse-1
            DTSTART;TZID=Europe/Oslo:20260105T080000
            DTEND;TZID=Europe/Oslo:20260105T160000
            RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR
            END:VEVENT
            END:VCALENDAR
            """;

        using var put = await http.PutAsync("/api/admin/teams/test-teams-ical/roster/ical?timeZone=Europe/Oslo", new StringContent(calendar, Encoding.UTF8, "text/calendar"));
        using var inside = JsonDocument.Parse(await http.GetStringAsync("/api/teams/test-teams-ical/on-duty?at=2026-01-07T10:00:00Z"));
        using var outside = JsonDocument.Parse(await http.GetStringAsync("/api/teams/test-teams-ical/on-duty?at=2026-01-10T10:00:00Z"));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("test-teams-ical", inside.RootElement.GetProperty("team").GetString());
        Assert.Equal("nurse-1", Assert.Single(inside.RootElement.GetProperty("onDuty").EnumerateArray()).GetProperty("staff").GetString());
        Assert.Empty(outside.RootElement.GetProperty("onDuty").EnumerateArray());
        Assert.Equal("lead-1", Assert.Single(outside.RootElement.GetProperty("leads").EnumerateArray()).GetProperty("staff").GetString());
    }

    [Fact]
    public async Task ICalendar_roster_for_unknown_staff_is_refused_naming_the_event()
    {
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);
        (await http.PutAsync("/api/admin/teams/test-teams-ical-stranger", Json(TeamJson("test-teams-ical-stranger")))).EnsureSuccessStatusCode();
        const string calendar = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:visit-9\nSUMMARY:stranger\nDTSTART:20260110T080000Z\nDTEND:20260110T160000Z\nEND:VEVENT\nEND:VCALENDAR\n";

        using var response = await http.PutAsync("/api/admin/teams/test-teams-ical-stranger/roster/ical", new StringContent(calendar, Encoding.UTF8, "text/calendar"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("visit-9", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_team_api()
    {
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);

        var document = await http.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/admin/teams/{id}/roster/ical", document, StringComparison.Ordinal);
        Assert.Contains("GetTeamOnDuty", document, StringComparison.Ordinal);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
