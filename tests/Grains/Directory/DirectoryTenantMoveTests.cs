using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Tests.Teams;

namespace ResponseCentre.Grains.Tests.Directory;

/// <summary>
/// A resident or team re-registered under another tenant (the admin API's PUT allows changing the
/// tenant) must leave the first tenant's directory: its lists are shown to that tenant's operators.
/// </summary>
[Collection(TestSilo.Name)]
public sealed class DirectoryTenantMoveTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Resident_re_registered_under_another_tenant_leaves_the_first_tenant_s_directory()
    {
        var resident = new ResidentId("move-resident-kari");
        var before = new TenantId("move-resident-from");
        var after = new TenantId("move-resident-to");
        await fixture.Grains.GetResident(resident).RegisterAsync(new ResidentProfile(resident, before, "Kari Nordmann", "Frogner", CareLevel.Basic, []));

        await fixture.Grains.GetResident(resident).RegisterAsync(new ResidentProfile(resident, after, "Kari Nordmann", "Sentrum", CareLevel.Basic, []));

        Assert.Equal([resident], (await fixture.Grains.GetTenantDirectory(after).SearchResidentsAsync(null, 10)).Select(r => r.Id));
        Assert.Empty(await fixture.Grains.GetTenantDirectory(before).SearchResidentsAsync(null, 10));
    }

    [Fact]
    public async Task Team_redefined_under_another_tenant_leaves_the_first_tenant_s_directory()
    {
        var team = SampleTeam.Define("move-team-1") with { Tenant = new TenantId("move-team-from") };
        await fixture.Grains.GetTeam(team.Id).DefineAsync(team);

        await fixture.Grains.GetTeam(team.Id).DefineAsync(team with { Tenant = new TenantId("move-team-to") });

        Assert.Equal([team.Id], await fixture.Grains.GetTenantDirectory(new TenantId("move-team-to")).GetTeamsAsync());
        Assert.Empty(await fixture.Grains.GetTenantDirectory(new TenantId("move-team-from")).GetTeamsAsync());
    }
}
