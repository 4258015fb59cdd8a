using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Directory;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Teams;
using ResponseCentre.Grains.Tests.Teams;

namespace ResponseCentre.Grains.Tests.Directory;

/// <summary>The resident, device and team grains keep the tenant directory and the resident's device list in step.</summary>
[Collection(TestSilo.Name)]
public sealed class DirectoryUpkeepTests(ClusterFixture fixture)
{
    private static ResidentProfile Profile(string tenant, string id, string name = "Kari Nordmann", string district = "Frogner", CareLevel care = CareLevel.AtRisk) =>
        new(new ResidentId(id), new TenantId(tenant), name, district, care, [])
        {
            Address = "Hidden street 1",
            AccessNotes = "Key box 1234",
        };

    private Task RegisterAsync(ResidentProfile profile) => fixture.Grains.GetResident(profile.Id).RegisterAsync(profile);

    private Task<IReadOnlyList<ResidentSummary>> AllResidentsAsync(string tenant) =>
        fixture.Grains.GetTenantDirectory(new TenantId(tenant)).SearchResidentsAsync(null, 100);

    private Task AssignAsync(string device, string resident) =>
        fixture.Grains.GetDevice(new DeviceId(device)).AssignAsync(new DeviceAssignment(new DeviceId(device), new ResidentId(resident)));

    private Task<IReadOnlyList<DeviceId>> DevicesOfAsync(string resident) => fixture.Grains.GetResident(new ResidentId(resident)).GetDevicesAsync();

    [Fact]
    public async Task Registering_a_resident_puts_their_summary_in_the_tenant_directory()
    {
        await RegisterAsync(Profile("upkeep-register", "upkeep-register-kari"));

        Assert.Equal(
            [new ResidentSummary(new ResidentId("upkeep-register-kari"), new TenantId("upkeep-register"), "Kari Nordmann", "Frogner", CareLevel.AtRisk)],
            await AllResidentsAsync("upkeep-register"));
    }

    [Fact]
    public async Task Re_registering_a_resident_with_a_new_name_updates_their_entry()
    {
        await RegisterAsync(Profile("upkeep-rename", "upkeep-rename-kari"));

        await RegisterAsync(Profile("upkeep-rename", "upkeep-rename-kari", name: "Kari Hansen", district: "Sagene", care: CareLevel.Severe));

        var entry = Assert.Single(await AllResidentsAsync("upkeep-rename"));
        Assert.Equal("Kari Hansen", entry.Name);
        Assert.Equal("Sagene", entry.District);
        Assert.Equal(CareLevel.Severe, entry.CareLevel);
        Assert.Empty(await fixture.Grains.GetTenantDirectory(new TenantId("upkeep-rename")).SearchResidentsAsync("Nordmann", 10));
    }

    [Fact]
    public async Task Registered_residents_are_found_by_search()
    {
        await RegisterAsync(Profile("upkeep-search", "upkeep-search-1", name: "Kari Nordmann", district: "Frogner"));
        await RegisterAsync(Profile("upkeep-search", "upkeep-search-2", name: "Ola Hansen", district: "Sagene"));

        var found = await fixture.Grains.GetTenantDirectory(new TenantId("upkeep-search")).SearchResidentsAsync("sagene", 10);

        Assert.Equal([new ResidentId("upkeep-search-2")], found.Select(r => r.Id));
    }

    [Fact]
    public async Task Registering_a_resident_of_a_new_tenant_adds_the_tenant_to_the_registry()
    {
        var tenant = new TenantId("upkeep-registry-resident");
        Assert.DoesNotContain(tenant, await fixture.Grains.GetTenantRegistry().ListAsync());

        await RegisterAsync(Profile(tenant.Value, "upkeep-registry-resident-1"));
        await RegisterAsync(Profile(tenant.Value, "upkeep-registry-resident-2"));

        Assert.Single(await fixture.Grains.GetTenantRegistry().ListAsync(), t => t == tenant);
    }

    [Fact]
    public async Task Defining_a_team_adds_it_to_its_tenant_directory_and_the_tenant_to_the_registry()
    {
        var tenant = new TenantId("upkeep-team");
        var team = SampleTeam.Define("upkeep-team-1") with { Tenant = tenant };

        await fixture.Grains.GetTeam(team.Id).DefineAsync(team);
        await fixture.Grains.GetTeam(team.Id).DefineAsync(team with { Name = "Renamed" });

        Assert.Equal([team.Id], await fixture.Grains.GetTenantDirectory(tenant).GetTeamsAsync());
        Assert.Single(await fixture.Grains.GetTenantRegistry().ListAsync(), t => t == tenant);
    }

    [Fact]
    public async Task A_tenant_s_teams_are_all_listed()
    {
        var tenant = new TenantId("upkeep-teams");
        var first = SampleTeam.Define("upkeep-teams-1") with { Tenant = tenant };
        var second = SampleTeam.Define("upkeep-teams-2") with { Tenant = tenant };

        await fixture.Grains.GetTeam(first.Id).DefineAsync(first);
        await fixture.Grains.GetTeam(second.Id).DefineAsync(second);

        var teams = await fixture.Grains.GetTenantDirectory(tenant).GetTeamsAsync();
        Assert.Equal(2, teams.Count);
        Assert.Contains(first.Id, teams);
        Assert.Contains(second.Id, teams);
    }

    [Fact]
    public async Task Refused_team_definition_is_not_added_to_the_directory()
    {
        var tenant = new TenantId("upkeep-team-refused");
        var team = SampleTeam.Define("upkeep-team-refused-1") with { Tenant = tenant };

        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Grains.GetTeam(new TeamId("upkeep-team-refused-other")).DefineAsync(team));

        Assert.Empty(await fixture.Grains.GetTenantDirectory(tenant).GetTeamsAsync());
    }

    [Fact]
    public async Task Assigning_a_device_attaches_it_to_the_resident()
    {
        await RegisterAsync(Profile("upkeep-device", "upkeep-device-kari"));

        await AssignAsync("upkeep-device-pendant", "upkeep-device-kari");
        await AssignAsync("upkeep-device-smoke", "upkeep-device-kari");

        Assert.Equal([new DeviceId("upkeep-device-pendant"), new DeviceId("upkeep-device-smoke")], await DevicesOfAsync("upkeep-device-kari"));
    }

    [Fact]
    public async Task Assigning_a_device_again_to_the_same_resident_lists_it_once()
    {
        await AssignAsync("upkeep-same-pendant", "upkeep-same-kari");

        await AssignAsync("upkeep-same-pendant", "upkeep-same-kari");

        Assert.Equal([new DeviceId("upkeep-same-pendant")], await DevicesOfAsync("upkeep-same-kari"));
    }

    [Fact]
    public async Task Reassigning_a_device_moves_it_from_the_first_resident_to_the_second()
    {
        await AssignAsync("upkeep-move-pendant", "upkeep-move-kari");
        await AssignAsync("upkeep-move-smoke", "upkeep-move-kari");

        await AssignAsync("upkeep-move-pendant", "upkeep-move-ola");

        Assert.Equal([new DeviceId("upkeep-move-smoke")], await DevicesOfAsync("upkeep-move-kari"));
        Assert.Equal([new DeviceId("upkeep-move-pendant")], await DevicesOfAsync("upkeep-move-ola"));
        Assert.Equal(new ResidentId("upkeep-move-ola"), (await fixture.Grains.GetDevice(new DeviceId("upkeep-move-pendant")).GetAssignmentAsync())?.Resident);
    }

    [Fact]
    public async Task Device_moved_away_and_back_is_listed_once_by_its_first_resident()
    {
        await AssignAsync("upkeep-back-pendant", "upkeep-back-kari");
        await AssignAsync("upkeep-back-pendant", "upkeep-back-ola");

        await AssignAsync("upkeep-back-pendant", "upkeep-back-kari");

        Assert.Equal([new DeviceId("upkeep-back-pendant")], await DevicesOfAsync("upkeep-back-kari"));
        Assert.Empty(await DevicesOfAsync("upkeep-back-ola"));
    }

    [Fact]
    public async Task Refused_assignment_attaches_nothing()
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            fixture.Grains.GetDevice(new DeviceId("upkeep-refused-other")).AssignAsync(
                new DeviceAssignment(new DeviceId("upkeep-refused-pendant"), new ResidentId("upkeep-refused-kari"))));

        Assert.Empty(await DevicesOfAsync("upkeep-refused-kari"));
    }

    [Fact]
    public async Task Resident_s_devices_survive_deactivation()
    {
        await AssignAsync("upkeep-reload-pendant", "upkeep-reload-kari");

        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        Assert.Equal([new DeviceId("upkeep-reload-pendant")], await DevicesOfAsync("upkeep-reload-kari"));
    }
}
