using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Tests.Incidents;

[Collection(TestSilo.Name)]
public sealed class IncidentLifecycleTests(ClusterFixture fixture)
{
    private static readonly Actor Operator = new(ActorKind.Operator, "operator-1");

    [Fact]
    public async Task Accepted_incident_goes_en_route_on_site_and_resolved_with_an_attributed_timeline()
    {
        var scenario = await EscalationScenario.CreateAsync(fixture.Grains, "life-full");
        var id = await scenario.RaiseAsync();
        await scenario.Recorder.WaitForNoticeAsync(n => n.Incident.Id == id);
        var anna = EscalationScenario.StaffActor(scenario.Anna);
        var incident = scenario.Incident(id);

        await incident.AcceptAsync(anna);
        await incident.MarkEnRouteAsync(anna);
        await incident.MarkOnSiteAsync(anna);
        var resolved = await incident.ResolveAsync(anna, IncidentOutcome.HelpGiven);

        Assert.Equal(IncidentStatus.Resolved, resolved.Status);
        Assert.Equal(IncidentOutcome.HelpGiven, resolved.Outcome);
        var timeline = await incident.GetTimelineAsync();
        Assert.Equal(
            [IncidentEvent.Raised, IncidentEvent.Notified, IncidentEvent.Accepted, IncidentEvent.EnRoute, IncidentEvent.OnSite, IncidentEvent.Resolved],
            timeline.Select(e => e.Event));
        Assert.All(timeline.Skip(2), e => Assert.Equal(anna, e.Actor));
        Assert.DoesNotContain(await fixture.Grains.GetGrain<Abstractions.Feed.IIncidentFeedGrain>(Abstractions.GrainFactoryExtensions.CentreFeedKey).GetOpenIncidentsAsync(), i => i.Id == id);
    }

    [Fact]
    public async Task Marking_on_site_before_anyone_accepted_is_refused_saying_why()
    {
        var scenario = await EscalationScenario.CreateAsync(fixture.Grains, "life-onsite");
        var id = await scenario.RaiseAsync();

        var refused = await Assert.ThrowsAsync<IncidentTransitionException>(() =>
            scenario.Incident(id).MarkOnSiteAsync(EscalationScenario.StaffActor(scenario.Anna)));

        Assert.Contains("it is Dispatched", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Accepted or EnRoute", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_it_was_not_dispatched_to_cannot_accept_it()
    {
        var scenario = await EscalationScenario.CreateAsync(fixture.Grains, "life-stranger");
        var id = await scenario.RaiseAsync();
        await scenario.Recorder.WaitForNoticeAsync(n => n.Incident.Id == id);

        var refused = await Assert.ThrowsAsync<IncidentTransitionException>(() =>
            scenario.Incident(id).AcceptAsync(EscalationScenario.StaffActor(scenario.Bjorn)));

        Assert.Contains("not dispatched to Staff:bjorn", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_responder_who_accepted_may_resolve_it_but_an_operator_always_may()
    {
        var scenario = await EscalationScenario.CreateAsync(fixture.Grains, "life-resolve");
        var id = await scenario.RaiseAsync();
        await scenario.Recorder.WaitForNoticeAsync(n => n.Incident.Id == id);
        await scenario.Incident(id).AcceptAsync(EscalationScenario.StaffActor(scenario.Anna));

        await Assert.ThrowsAsync<IncidentTransitionException>(() =>
            scenario.Incident(id).ResolveAsync(EscalationScenario.StaffActor(scenario.Bjorn), IncidentOutcome.HelpGiven));
        var resolved = await scenario.Incident(id).ResolveAsync(Operator, IncidentOutcome.NoHelpNeeded);

        Assert.Equal(IncidentStatus.Resolved, resolved.Status);
    }

    [Fact]
    public async Task Resident_cannot_cancel_after_a_responder_accepted()
    {
        var scenario = await EscalationScenario.CreateAsync(fixture.Grains, "life-cancel");
        var id = await scenario.RaiseAsync();
        await scenario.Recorder.WaitForNoticeAsync(n => n.Incident.Id == id);
        await scenario.Incident(id).AcceptAsync(EscalationScenario.StaffActor(scenario.Anna));

        var refused = await Assert.ThrowsAsync<IncidentTransitionException>(() =>
            scenario.Incident(id).CancelAsync(new Actor(ActorKind.Resident, "device")));

        Assert.Contains("Cannot cancel", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closed_incident_refuses_every_further_action()
    {
        var scenario = await EscalationScenario.CreateAsync(fixture.Grains, "life-closed");
        var id = await scenario.RaiseAsync();
        await scenario.Incident(id).CancelAsync(new Actor(ActorKind.Resident, "device"));
        var anna = EscalationScenario.StaffActor(scenario.Anna);

        await Assert.ThrowsAsync<IncidentTransitionException>(() => scenario.Incident(id).AcceptAsync(anna));
        await Assert.ThrowsAsync<IncidentTransitionException>(() => scenario.Incident(id).DeclineAsync(anna));
        await Assert.ThrowsAsync<IncidentTransitionException>(() => scenario.Incident(id).ResolveAsync(Operator, IncidentOutcome.FalseAlarm));
        Assert.False(await scenario.Incident(id).JoinDuplicateAsync(ClusterFixture.Time.GetUtcNow()));
    }
}
