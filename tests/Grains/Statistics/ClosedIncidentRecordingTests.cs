using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Statistics;
using ResponseCentre.Grains.Tests.Incidents;

namespace ResponseCentre.Grains.Tests.Statistics;

/// <summary>Closing an incident (resolving or cancelling it) records it in its tenant's stats.</summary>
[Collection(TestSilo.Name)]
public sealed class ClosedIncidentRecordingTests(ClusterFixture fixture)
{
    private static readonly Actor Operator = new(ActorKind.Operator, "operator-1");

    private static DateTimeOffset Now => ClusterFixture.Time.GetUtcNow();

    /// <summary>Moves the grains' clock on, so each step of the incident happens at a moment of its own.</summary>
    private static DateTimeOffset Advance(double seconds)
    {
        ClusterFixture.Time.Advance(TimeSpan.FromSeconds(seconds));
        return Now;
    }

    private Task<IReadOnlyList<ClosedIncident>> AllClosedAsync(TenantId tenant) =>
        fixture.Grains.GetIncidentStats(tenant).GetClosedAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue);

    [Fact]
    public async Task Resolved_incident_is_recorded_with_the_moments_of_its_response()
    {
        var scenario = await EscalationScenario.CreateAsync(fixture.Grains, "stats-close-resolved");
        var raisedAt = Now;
        var id = await scenario.RaiseAsync();
        await scenario.Recorder.WaitForNoticeAsync(n => n.Incident.Id == id);
        var anna = EscalationScenario.StaffActor(scenario.Anna);
        var incident = scenario.Incident(id);

        var acceptedAt = Advance(20);
        await incident.AcceptAsync(anna);
        Advance(30);
        await incident.MarkEnRouteAsync(anna);
        var onSiteAt = Advance(300);
        await incident.MarkOnSiteAsync(anna);
        var closedAt = Advance(900);
        await incident.ResolveAsync(anna, IncidentOutcome.HelpGiven);

        var closed = Assert.Single(await AllClosedAsync(scenario.Tenant));
        Assert.Equal(
            new ClosedIncident(id, IncidentKind.Fall, scenario.Team, "North", raisedAt, acceptedAt, onSiteAt, closedAt, IncidentStatus.Resolved, IncidentOutcome.HelpGiven),
            closed);
        Assert.Equal([id], (await fixture.Grains.GetIncidentStats(scenario.Tenant).GetClosedAsync(closedAt, closedAt.AddTicks(1))).Select(c => c.Id));
        Assert.Empty(await fixture.Grains.GetIncidentStats(scenario.Tenant).GetClosedAsync(raisedAt, closedAt));
    }

    [Fact]
    public async Task Incident_resolved_without_going_on_site_is_recorded_without_an_on_site_moment()
    {
        var scenario = await EscalationScenario.CreateAsync(fixture.Grains, "stats-close-no-site");
        var id = await scenario.RaiseAsync();
        await scenario.Recorder.WaitForNoticeAsync(n => n.Incident.Id == id);
        var anna = EscalationScenario.StaffActor(scenario.Anna);

        var acceptedAt = Advance(10);
        await scenario.Incident(id).AcceptAsync(anna);
        var closedAt = Advance(60);
        await scenario.Incident(id).ResolveAsync(Operator, IncidentOutcome.NoHelpNeeded);

        var closed = Assert.Single(await AllClosedAsync(scenario.Tenant));
        Assert.Equal(acceptedAt, closed.AcceptedAt);
        Assert.Null(closed.OnSiteAt);
        Assert.Equal(closedAt, closed.ClosedAt);
        Assert.Equal(IncidentStatus.Resolved, closed.Status);
        Assert.Equal(IncidentOutcome.NoHelpNeeded, closed.Outcome);
    }

    [Fact]
    public async Task Cancelled_incident_is_recorded_as_cancelled_and_never_accepted()
    {
        var scenario = await EscalationScenario.CreateAsync(fixture.Grains, "stats-close-cancelled");
        var raisedAt = Now;
        var id = await scenario.RaiseAsync();
        await scenario.Recorder.WaitForNoticeAsync(n => n.Incident.Id == id);

        var closedAt = Advance(15);
        var cancelled = await fixture.Grains.GetResident(scenario.Resident)
            .CancelAlarmAsync(new CancelAlarm(new DeviceId($"{scenario.Tenant}-device"), "cancel-1", closedAt));
        Assert.Equal(id, cancelled.Incident);

        var closed = Assert.Single(await AllClosedAsync(scenario.Tenant));
        Assert.Equal(
            new ClosedIncident(id, IncidentKind.Fall, scenario.Team, "North", raisedAt, null, null, closedAt, IncidentStatus.Cancelled, null),
            closed);
    }

    [Fact]
    public async Task Incident_nobody_was_routed_to_is_recorded_with_no_team_and_the_resident_s_district()
    {
        var tenant = new TenantId("stats-close-unrouted");
        var resident = new ResidentId("stats-close-unrouted-kari");
        await fixture.Grains.GetResident(resident).RegisterAsync(new ResidentProfile(resident, tenant, "Kari", "Grünerløkka", CareLevel.Basic, []));
        var raisedAt = Now;
        var raised = await fixture.Grains.GetResident(resident).RaiseAlarmAsync(
            new RaiseAlarm(new DeviceId("stats-close-unrouted-pendant"), "1", IncidentKind.AssistanceCall, raisedAt, raisedAt));

        var closedAt = Advance(45);
        await fixture.Grains.GetIncident(raised.Incident).ResolveAsync(Operator, IncidentOutcome.FalseAlarm);

        Assert.Equal(
            new ClosedIncident(raised.Incident, IncidentKind.AssistanceCall, null, "Grünerløkka", raisedAt, null, null, closedAt, IncidentStatus.Resolved, IncidentOutcome.FalseAlarm),
            Assert.Single(await AllClosedAsync(tenant)));
    }

    [Fact]
    public async Task Open_incidents_are_not_recorded_and_each_closed_one_is_recorded_once()
    {
        var scenario = await EscalationScenario.CreateAsync(fixture.Grains, "stats-close-several");
        var first = await scenario.RaiseAsync();
        var second = await scenario.RaiseAsync(IncidentKind.Fire);
        var stillOpen = await scenario.RaiseAsync(IncidentKind.WaterLeak);
        await scenario.Recorder.WaitForNoticeAsync(n => n.Incident.Id == stillOpen);

        Advance(5);
        await scenario.Incident(second).ResolveAsync(Operator, IncidentOutcome.FalseAlarm);
        Advance(5);
        await scenario.Incident(first).CancelAsync(new Actor(ActorKind.Resident, "device"));
        await Assert.ThrowsAsync<IncidentTransitionException>(() => scenario.Incident(first).ResolveAsync(Operator, IncidentOutcome.FalseAlarm));

        Assert.Equal([second, first], (await AllClosedAsync(scenario.Tenant)).Select(c => c.Id));
    }
}
