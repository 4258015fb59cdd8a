using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Tests.Devices;

[Collection(TestSilo.Name)]
public sealed class DeviceFaultTests(ClusterFixture fixture)
{
    private static readonly Actor Operator = new(ActorKind.Operator, "op");

    [Fact]
    public async Task Low_battery_opens_below_20_percent_and_clears_only_at_30()
    {
        await using var home = await SupervisedHome.CreateAsync(fixture.Grains, "battery");

        await home.HeartbeatAsync(battery: 20);
        Assert.Empty(await home.FaultsAsync());

        await home.HeartbeatAsync(battery: 19);
        var low = Assert.Single(await home.OpenIncidentsAsync());
        Assert.Equal((IncidentKind.LowBattery, IncidentPriority.Technical), (low.Kind, low.Priority));

        await home.HeartbeatAsync(battery: 25);
        await home.HeartbeatAsync(battery: 15);
        await home.HeartbeatAsync(battery: 29);
        Assert.Equal(low.Id, Assert.Single(await home.OpenIncidentsAsync()).Id);

        await home.HeartbeatAsync(battery: 30);
        var cleared = await home.IncidentAsync(low.Id);
        Assert.Equal((IncidentStatus.Resolved, IncidentOutcome.ClearedItself), (cleared?.Status, cleared?.Outcome));
        Assert.Empty(await home.FaultsAsync());
        Assert.Equal(30, (await home.Device.GetSupervisionAsync()).Battery);
    }

    [Fact]
    public async Task Mains_lost_opens_a_fault_and_mains_restored_clears_it()
    {
        await using var home = await SupervisedHome.CreateAsync(fixture.Grains, "mains");

        await home.HeartbeatAsync(mainsOn: false);
        await home.HeartbeatAsync(mainsOn: false);
        var lost = Assert.Single(await home.OpenIncidentsAsync());
        Assert.Equal(IncidentKind.MainsLost, lost.Kind);

        await home.HeartbeatAsync(mainsOn: true);

        Assert.Equal(IncidentOutcome.ClearedItself, (await home.IncidentAsync(lost.Id))?.Outcome);
        Assert.Empty(await home.OpenIncidentsAsync());
    }

    [Fact]
    public async Task Tamper_opens_a_fault_and_its_end_clears_it()
    {
        await using var home = await SupervisedHome.CreateAsync(fixture.Grains, "tamper");

        await home.HeartbeatAsync(tamper: true);
        var tampered = Assert.Single(await home.OpenIncidentsAsync());
        Assert.Equal(IncidentKind.Tamper, tampered.Kind);

        await home.HeartbeatAsync(tamper: false);

        Assert.Equal(IncidentOutcome.ClearedItself, (await home.IncidentAsync(tampered.Id))?.Outcome);
    }

    [Fact]
    public async Task Each_fault_kind_has_its_own_incident_and_clears_alone()
    {
        await using var home = await SupervisedHome.CreateAsync(fixture.Grains, "faults");

        await home.HeartbeatAsync(battery: 5, mainsOn: false, tamper: true);
        Assert.Equal([IncidentKind.LowBattery, IncidentKind.MainsLost, IncidentKind.Tamper],
            (await home.OpenIncidentsAsync()).Select(i => i.Kind).Order());

        await home.HeartbeatAsync(mainsOn: true);

        Assert.Equal([IncidentKind.LowBattery, IncidentKind.Tamper], (await home.OpenIncidentsAsync()).Select(i => i.Kind).Order());
    }

    [Fact]
    public async Task Fault_an_operator_resolved_is_forgotten_when_it_clears_and_may_open_again()
    {
        await using var home = await SupervisedHome.CreateAsync(fixture.Grains, "mains-operator");
        await home.HeartbeatAsync(mainsOn: false);
        var first = Assert.Single(await home.OpenIncidentsAsync());
        await fixture.Grains.GetIncident(first.Id).ResolveAsync(Operator, IncidentOutcome.TechnicalFix);

        await home.HeartbeatAsync(mainsOn: true);
        Assert.Empty(await home.FaultsAsync());
        Assert.Equal(IncidentOutcome.TechnicalFix, (await home.IncidentAsync(first.Id))?.Outcome);

        await home.HeartbeatAsync(mainsOn: false);
        Assert.NotEqual(first.Id, Assert.Single(await home.OpenIncidentsAsync()).Id);
    }

    [Fact]
    public async Task Status_older_than_one_applied_does_not_undo_it()
    {
        await using var home = await SupervisedHome.CreateAsync(fixture.Grains, "late-status");
        await home.HeartbeatAsync(mainsOn: false);

        var sentEarlier = SupervisedHome.Now.AddSeconds(-30);
        await home.Device.ReportStatusAsync(new(home.DeviceId, Abstractions.Devices.DeviceLink.Alive, SupervisedHome.Now, "old", sentEarlier, MainsOn: true));

        Assert.Equal(IncidentKind.MainsLost, Assert.Single(await home.FaultsAsync()).Kind);
    }

    [Fact]
    public async Task Technical_faults_route_to_the_tenant_s_technical_team()
    {
        var tenant = new TenantId("supervision-routing");
        var technical = new TeamId("supervision-routing-technical");
        var nursing = new TeamId("supervision-routing-nursing");
        await DefineTeamAsync(technical, tenant, TeamKind.Technical);
        await DefineTeamAsync(nursing, tenant, TeamKind.HomeNursing);
        IncidentKind[] technicalKinds = [IncidentKind.DeviceOffline, IncidentKind.LowBattery, IncidentKind.MainsLost, IncidentKind.Tamper];
        await fixture.Grains.GetTenantPolicies(tenant).SetAsync(new TenantPolicies(tenant, "Europe/Oslo",
            [new RoutingRule(technical, technicalKinds, null, null, null, null, false), new RoutingRule(nursing, [], null, null, null, null, false)],
            []));
        await using var home = await SupervisedHome.CreateAsync(fixture.Grains, "supervision-routing", tenant);

        await home.HeartbeatAsync(battery: 3);

        var low = Assert.Single(await home.OpenIncidentsAsync());
        Assert.Equal(technical, low.Team);
        Assert.Equal(IncidentStatus.Dispatched, low.Status);
        Assert.Equal([new StaffId("supervision-routing-technical-1")], low.Notified);
    }

    private async Task DefineTeamAsync(TeamId team, TenantId tenant, TeamKind kind)
    {
        var member = new StaffId($"{team}-1");
        await fixture.Grains.GetTeam(team).DefineAsync(new TeamDefinition(team, tenant, team.Value, kind, null,
            [new TeamMember(member, "Tekniker", TeamRole.Responder)]));
        DayOfWeek[] everyDay = [.. Enum.GetValues<DayOfWeek>()];
        await fixture.Grains.GetTeam(team).SetRosterAsync(new Roster("Europe/Oslo",
            [new RecurringShift(member, everyDay, new TimeOnly(0, 0), new TimeOnly(0, 0))], []));
    }
}
