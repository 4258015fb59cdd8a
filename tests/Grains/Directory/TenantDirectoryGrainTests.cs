using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Directory;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Tests.Directory;

/// <summary>Each test has a tenant of its own, so its directory holds only what the test put there.</summary>
[Collection(TestSilo.Name)]
public sealed class TenantDirectoryGrainTests(ClusterFixture fixture)
{
    private static ResidentSummary Resident(string tenant, string id, string name, string district, CareLevel care = CareLevel.Basic) =>
        new(new ResidentId(id), new TenantId(tenant), name, district, care);

    private async Task<ITenantDirectoryGrain> DirectoryWithAsync(string tenant, params ResidentSummary[] residents)
    {
        var directory = fixture.Grains.GetTenantDirectory(new TenantId(tenant));
        foreach (var resident in residents)
        {
            await directory.UpsertResidentAsync(resident);
        }

        return directory;
    }

    private static IEnumerable<string> Ids(IEnumerable<ResidentSummary> residents) => residents.Select(r => r.Id.Value);

    [Fact]
    public async Task Empty_directory_finds_nobody_and_has_no_teams()
    {
        var directory = fixture.Grains.GetTenantDirectory(new TenantId("dir-empty"));

        Assert.Empty(await directory.SearchResidentsAsync(null, 100));
        Assert.Empty(await directory.GetTeamsAsync());
    }

    [Fact]
    public async Task Search_without_a_query_lists_everyone_by_name()
    {
        var directory = await DirectoryWithAsync("dir-all",
            Resident("dir-all", "r-3", "Cecilie Berg", "Frogner"),
            Resident("dir-all", "r-1", "bjørn Dahl", "Grünerløkka"),
            Resident("dir-all", "r-2", "Anna Aas", "Sagene"));

        Assert.Equal(["r-2", "r-1", "r-3"], Ids(await directory.SearchResidentsAsync(null, 100)));
        Assert.Equal(["r-2", "r-1", "r-3"], Ids(await directory.SearchResidentsAsync("", 100)));
        Assert.Equal(["r-2", "r-1", "r-3"], Ids(await directory.SearchResidentsAsync("   ", 100)));
    }

    [Fact]
    public async Task Search_returns_the_stored_summary()
    {
        var kari = Resident("dir-summary", "dir-summary-kari", "Kari Nordmann", "Frogner", CareLevel.Intensive);
        var directory = await DirectoryWithAsync("dir-summary", kari);

        Assert.Equal([kari], await directory.SearchResidentsAsync("kari", 10));
    }

    [Fact]
    public async Task Search_matches_a_substring_of_the_id_the_name_or_the_district_ignoring_case()
    {
        var directory = await DirectoryWithAsync("dir-match",
            Resident("dir-match", "oslo-0042", "Kari Nordmann", "Frogner"),
            Resident("dir-match", "oslo-0043", "Ola Hansen", "Sagene"),
            Resident("dir-match", "oslo-0044", "Per Olsen", "St. Hanshaugen"));

        Assert.Equal(["oslo-0042"], Ids(await directory.SearchResidentsAsync("0042", 10)));
        Assert.Equal(["oslo-0042"], Ids(await directory.SearchResidentsAsync("OSLO-0042", 10)));
        Assert.Equal(["oslo-0042"], Ids(await directory.SearchResidentsAsync("nordm", 10)));
        Assert.Equal(["oslo-0042"], Ids(await directory.SearchResidentsAsync("KARI", 10)));
        Assert.Equal(["oslo-0043"], Ids(await directory.SearchResidentsAsync("sAgEnE", 10)));
        Assert.Equal(["oslo-0043", "oslo-0044"], Ids(await directory.SearchResidentsAsync("hans", 10))); // Hansen by name, St. Hanshaugen by district
        Assert.Equal(["oslo-0042", "oslo-0043", "oslo-0044"], Ids(await directory.SearchResidentsAsync("oslo-", 10)));
        Assert.Equal(["oslo-0042"], Ids(await directory.SearchResidentsAsync("  kari  ", 10)));
        Assert.Empty(await directory.SearchResidentsAsync("bergen", 10));
    }

    [Fact]
    public async Task Search_orders_by_name_ignoring_case_then_by_id()
    {
        var directory = await DirectoryWithAsync("dir-order",
            Resident("dir-order", "r-b", "same name", "North"),
            Resident("dir-order", "r-z", "Zara", "North"),
            Resident("dir-order", "r-a", "Same Name", "North"),
            Resident("dir-order", "r-m", "anna", "North"));

        Assert.Equal(["r-m", "r-a", "r-b", "r-z"], Ids(await directory.SearchResidentsAsync("north", 10)));
    }

    [Fact]
    public async Task Search_returns_at_most_the_limit_taking_the_first_by_name()
    {
        var directory = await DirectoryWithAsync("dir-limit",
            Resident("dir-limit", "r-4", "Dag", "North"),
            Resident("dir-limit", "r-2", "Bente", "North"),
            Resident("dir-limit", "r-3", "Cato", "North"),
            Resident("dir-limit", "r-1", "Arne", "North"));

        Assert.Equal(["r-1", "r-2"], Ids(await directory.SearchResidentsAsync(null, 2)));
        Assert.Equal(["r-1", "r-2", "r-3"], Ids(await directory.SearchResidentsAsync("north", 3)));
        Assert.Empty(await directory.SearchResidentsAsync(null, 0));
        Assert.Empty(await directory.SearchResidentsAsync(null, -1));
    }

    [Fact]
    public async Task Upserting_a_known_resident_replaces_the_entry()
    {
        var directory = await DirectoryWithAsync("dir-upsert", Resident("dir-upsert", "r-1", "Kari Nordmann", "Frogner"));

        await directory.UpsertResidentAsync(Resident("dir-upsert", "r-1", "Kari Hansen", "Sagene", CareLevel.Severe));

        var all = await directory.SearchResidentsAsync(null, 10);
        Assert.Equal([Resident("dir-upsert", "r-1", "Kari Hansen", "Sagene", CareLevel.Severe)], all);
        Assert.Empty(await directory.SearchResidentsAsync("nordmann", 10));
    }

    [Fact]
    public async Task Teams_are_listed_once_each()
    {
        var directory = fixture.Grains.GetTenantDirectory(new TenantId("dir-teams"));

        await directory.AddTeamAsync(new TeamId("dir-teams-b"));
        await directory.AddTeamAsync(new TeamId("dir-teams-a"));
        await directory.AddTeamAsync(new TeamId("dir-teams-b"));

        var teams = await directory.GetTeamsAsync();
        Assert.Equal(2, teams.Count);
        Assert.Equal(["dir-teams-a", "dir-teams-b"], teams.Select(t => t.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Directory_survives_deactivation()
    {
        var kari = Resident("dir-reload", "r-1", "Kari", "North");
        var directory = await DirectoryWithAsync("dir-reload", kari);
        await directory.AddTeamAsync(new TeamId("dir-reload-team"));

        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        Assert.Equal([kari], await directory.SearchResidentsAsync(null, 10));
        Assert.Equal([new TeamId("dir-reload-team")], await directory.GetTeamsAsync());
    }

    [Fact]
    public async Task Tenant_is_registered_once_with_its_first_resident()
    {
        var tenant = new TenantId("dir-registry-resident");
        Assert.DoesNotContain(tenant, await fixture.Grains.GetTenantRegistry().ListAsync());

        await DirectoryWithAsync(tenant.Value, Resident(tenant.Value, "r-1", "Kari", "North"), Resident(tenant.Value, "r-2", "Ola", "North"));

        Assert.Single(await fixture.Grains.GetTenantRegistry().ListAsync(), t => t == tenant);
    }

    [Fact]
    public async Task Tenant_is_registered_once_with_its_first_team()
    {
        var tenant = new TenantId("dir-registry-team");
        Assert.DoesNotContain(tenant, await fixture.Grains.GetTenantRegistry().ListAsync());

        await fixture.Grains.GetTenantDirectory(tenant).AddTeamAsync(new TeamId("dir-registry-team-1"));
        await fixture.Grains.GetTenantDirectory(tenant).AddTeamAsync(new TeamId("dir-registry-team-2"));

        Assert.Single(await fixture.Grains.GetTenantRegistry().ListAsync(), t => t == tenant);
    }

    [Fact]
    public async Task Tenant_registered_again_after_deactivation_is_still_listed_once()
    {
        var tenant = new TenantId("dir-registry-reload");
        await DirectoryWithAsync(tenant.Value, Resident(tenant.Value, "r-1", "Kari", "North"));

        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        await DirectoryWithAsync(tenant.Value, Resident(tenant.Value, "r-2", "Ola", "North"));

        Assert.Single(await fixture.Grains.GetTenantRegistry().ListAsync(), t => t == tenant);
    }

    [Fact]
    public async Task Registry_adds_a_tenant_once_and_lists_tenants_by_id()
    {
        var registry = fixture.Grains.GetTenantRegistry();

        await registry.AddAsync(new TenantId("dir-registry-z"));
        await registry.AddAsync(new TenantId("dir-registry-a"));
        await registry.AddAsync(new TenantId("dir-registry-z"));

        var listed = await registry.ListAsync();
        Assert.Single(listed, t => t == new TenantId("dir-registry-z"));
        Assert.Single(listed, t => t == new TenantId("dir-registry-a"));
        Assert.Equal(listed.Select(t => t.Value).Order(StringComparer.Ordinal), listed.Select(t => t.Value));
    }
}
