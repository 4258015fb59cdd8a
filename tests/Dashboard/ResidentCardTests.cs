using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ResponseCentre.Dashboard.Residents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Testing;
using static ResponseCentre.Dashboard.Tests.DashboardTestKit;

namespace ResponseCentre.Dashboard.Tests;

/// <summary>The resident card and the residents list as the desk reads them.</summary>
public sealed class ResidentCardTests(ResponseCentreApp app) : IClassFixture<ResponseCentreApp>
{
    [Fact]
    public async Task Operator_reads_a_simulated_resident_s_card_with_address_access_notes_contacts_and_devices()
    {
        using var desk = await AsOperatorAsync(app.BaseAddress);

        using var response = await desk.GetAsync($"/api/residents/{SimResident(610)}/card");
        using var json = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = json.RootElement;
        Assert.Equal("sim-r-0610", card.GetProperty("id").GetString());
        Assert.Equal("demo", card.GetProperty("tenant").GetString());
        Assert.Equal("Simulated resident 610", card.GetProperty("name").GetString());
        Assert.Equal("Simulated", card.GetProperty("district").GetString());
        Assert.Equal("Basic", card.GetProperty("careLevel").GetString());
        Assert.Equal("Simulated street 610, 0610 Simulated", card.GetProperty("address").GetString());
        Assert.StartsWith("Key box left of the front door, code ", card.GetProperty("accessNotes").GetString(), StringComparison.Ordinal);
        var contact = Assert.Single(card.GetProperty("contacts").EnumerateArray());
        Assert.Equal("Daughter", contact.GetProperty("relation").GetString());
        Assert.Equal("+47 400 00610", contact.GetProperty("phone").GetString());
        Assert.Equal(JsonValueKind.Array, card.GetProperty("teams").ValueKind);
        var device = Assert.Single(card.GetProperty("devices").EnumerateArray());
        Assert.Equal("sim-0610", device.GetProperty("id").GetString());
        Assert.True(device.GetProperty("online").GetBoolean());
        Assert.Equal(JsonValueKind.Array, device.GetProperty("faults").ValueKind);
        Assert.Empty(device.GetProperty("faults").EnumerateArray());
    }

    [Fact]
    public async Task Card_of_a_resident_with_an_open_alarm_shows_the_device_online_without_faults()
    {
        var incident = await RaiseDispatchedToNurse1Async(app, 612);
        using var desk = await AsOperatorAsync(app.BaseAddress);

        var card = await desk.GetFromJsonAsync<ResidentCard>($"/api/residents/{incident.Resident.Value}/card", Json);

        var device = Assert.Single(card!.Devices);
        Assert.Equal("sim-0612", device.Id);
        Assert.True(device.Online);
        Assert.DoesNotContain("DeviceOffline", device.Faults);
    }

    [Fact]
    public async Task Card_of_a_simulated_resident_names_the_home_nursing_team_as_the_contract_shows()
    {
        using var desk = await AsOperatorAsync(app.BaseAddress);

        var card = await desk.GetFromJsonAsync<ResidentCard>($"/api/residents/{SimResident(611)}/card", Json);

        // CONTRACT.md's ResidentCard example for sim-r-0001: "teams":[{"id":"demo-home-nursing","name":"Simulated home nursing"}].
        Assert.Contains(card!.Teams, t => t.Id == "demo-home-nursing" && t.Name == "Simulated home nursing");
    }

    [Fact]
    public async Task Card_of_a_listed_resident_names_their_assigned_team_and_both_devices()
    {
        using var desk = await AsOperatorAsync(app.BaseAddress);

        var card = await desk.GetFromJsonAsync<ResidentCard>("/api/residents/oslo-r-0001/card", Json);

        Assert.Equal("Kari Nordmann", card!.Name);
        Assert.Equal(CareLevel.AtRisk, card.CareLevel);
        Assert.Equal("Frognerveien 12 B, 0263 Oslo", card.Address);
        Assert.Equal([new CardTeam("oslo-frogner-home-nursing", "Frogner home nursing")], card.Teams);
        Assert.Equal(["fall-0001", "pendant-0001"], card.Devices.Select(d => d.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Unknown_resident_s_card_is_404_for_the_operator()
    {
        using var desk = await AsOperatorAsync(app.BaseAddress);

        using var response = await desk.GetAsync("/api/residents/no-such-resident/card");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Card_of_a_resident_of_a_tenant_the_operator_does_not_serve_is_403()
    {
        using var desk = await AsOperatorAsync(app.BaseAddress);

        // baerum-r-0001 is in tenant baerum; the operator serves oslo and demo.
        using var response = await desk.GetAsync("/api/residents/baerum-r-0001/card");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Residents_search_finds_by_id_within_the_operator_s_tenants_only()
    {
        using var desk = await AsOperatorAsync(app.BaseAddress);
        using var admin = await SignIn.AsAdministratorAsync(app.BaseAddress);

        using var found = JsonDocument.Parse(await desk.GetStringAsync("/api/residents?q=sim-r-0613&limit=5"));
        using var baerumForDesk = JsonDocument.Parse(await desk.GetStringAsync("/api/residents?q=baerum"));
        using var baerumForAdmin = JsonDocument.Parse(await admin.GetStringAsync("/api/residents?q=baerum-r-0001"));

        var row = Assert.Single(found.RootElement.EnumerateArray());
        Assert.Equal("sim-r-0613", row.GetProperty("id").GetString());
        Assert.Equal("demo", row.GetProperty("tenant").GetString());
        Assert.False(row.TryGetProperty("accessNotes", out _));
        Assert.Empty(baerumForDesk.RootElement.EnumerateArray());
        Assert.Single(baerumForAdmin.RootElement.EnumerateArray());
    }
}
