using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Tests.Incidents;

[Collection(TestSilo.Name)]
public sealed class IncidentEscalationTests(ClusterFixture fixture)
{
    private static void Advance(double seconds) => ClusterFixture.Time.Advance(TimeSpan.FromSeconds(seconds));

    [Fact]
    public async Task Unaccepted_alarm_walks_through_every_step_at_its_deadline_then_alerts_operators()
    {
        var scenario = await EscalationScenario.CreateAsync(fixture.Grains, "esc-walk");
        var id = await scenario.RaiseAsync();

        var first = await scenario.Recorder.WaitForNoticeAsync(n => n.Incident.Id == id && n.Step == 0);
        Assert.Equal(NotifyTarget.OnDutyResponder, first.Target);
        Assert.Equal([scenario.Anna], first.Recipients);
        Assert.Equal(scenario.Team, first.Incident.Team);

        Advance(59);
        Assert.Equal(0, (await scenario.Incident(id).GetViewAsync())!.EscalationStep);
        Advance(1);
        var second = await scenario.Recorder.WaitForNoticeAsync(n => n.Incident.Id == id && n.Step == 1);
        Assert.Equal(NotifyTarget.WholeTeam, second.Target);
        Assert.Equal([scenario.Anna, scenario.Bjorn, scenario.Lead], second.Recipients);

        Advance(60);
        var third = await scenario.Recorder.WaitForNoticeAsync(n => n.Incident.Id == id && n.Step == 2);
        Assert.Equal(NotifyTarget.TeamLead, third.Target);
        Assert.Equal([scenario.Lead], third.Recipients);

        Advance(120);
        var fourth = await scenario.Recorder.WaitForNoticeAsync(n => n.Incident.Id == id && n.Step == 3);
        Assert.Equal(NotifyTarget.Operators, fourth.Target);
        Assert.Empty(fourth.Recipients);

        Advance(120);
        var exhausted = await scenario.Recorder.WaitForNoticeAsync(n => n.Incident.Id == id && n.Deadline == null);
        Assert.Equal(NotifyTarget.Operators, exhausted.Target);
        Assert.Contains("every escalation step", exhausted.Reason, StringComparison.Ordinal);
        var timeline = await scenario.Incident(id).GetTimelineAsync();
        Assert.Equal(4, timeline.Count(e => e.Event == IncidentEvent.DeadlinePassed));
        Assert.Equal(IncidentEvent.EscalationExhausted, timeline[^1].Event);
    }

    [Fact]
    public async Task Acceptance_stops_escalation_and_no_later_step_fires()
    {
        var scenario = await EscalationScenario.CreateAsync(fixture.Grains, "esc-accept");
        var id = await scenario.RaiseAsync();
        await scenario.Recorder.WaitForNoticeAsync(n => n.Incident.Id == id && n.Step == 0);

        var accepted = await scenario.Incident(id).AcceptAsync(EscalationScenario.StaffActor(scenario.Anna));
        Advance(600);

        Assert.Equal(IncidentStatus.Accepted, accepted.Status);
        Assert.Equal(scenario.Anna, accepted.AssignedTo);
        var view = await scenario.Incident(id).GetViewAsync();
        Assert.Equal(0, view!.EscalationStep);
        Assert.Null(view.Deadline);
        Assert.DoesNotContain(await scenario.Incident(id).GetTimelineAsync(), e => e.Event == IncidentEvent.DeadlinePassed);
    }

    [Fact]
    public async Task Decline_moves_to_the_next_step_at_once_and_never_asks_the_decliner_again()
    {
        var scenario = await EscalationScenario.CreateAsync(fixture.Grains, "esc-decline", repeats: 1);
        var id = await scenario.RaiseAsync();
        await scenario.Recorder.WaitForNoticeAsync(n => n.Incident.Id == id && n.Step == 0);

        await scenario.Incident(id).DeclineAsync(EscalationScenario.StaffActor(scenario.Anna));

        var next = await scenario.Recorder.WaitForNoticeAsync(n => n.Incident.Id == id && n.Step == 1);
        Assert.Equal([scenario.Bjorn, scenario.Lead], next.Recipients);
        Advance(60);
        await scenario.Recorder.WaitForNoticeAsync(n => n.Incident.Id == id && n.Step == 2);
        Advance(120);
        await scenario.Recorder.WaitForNoticeAsync(n => n.Incident.Id == id && n.Step == 3);
        Advance(120);
        var secondRound = await scenario.Recorder.WaitForNoticeAsync(n => n.Incident.Id == id && n.Step == 4);
        Assert.Equal(NotifyTarget.OnDutyResponder, secondRound.Target);
        Assert.Equal([scenario.Bjorn], secondRound.Recipients);
    }

    [Fact]
    public async Task District_with_nobody_on_duty_alerts_the_operators_at_once()
    {
        var scenario = await EscalationScenario.CreateAsync(fixture.Grains, "esc-nobody", anyoneOnDuty: false);

        var id = await scenario.RaiseAsync();

        var notice = await scenario.Recorder.WaitForNoticeAsync(n => n.Incident.Id == id && n.Step == 0);
        Assert.Empty(notice.Recipients);
        Assert.Contains("nobody is on duty", notice.Reason, StringComparison.Ordinal);
        Assert.Contains(await scenario.Incident(id).GetTimelineAsync(), e => e.Event == IncidentEvent.NobodyOnDuty);
    }

    [Fact]
    public async Task Acceptance_racing_a_deadline_ends_accepted_whichever_arrives_first()
    {
        var scenario = await EscalationScenario.CreateAsync(fixture.Grains, "esc-race");
        var id = await scenario.RaiseAsync();
        await scenario.Recorder.WaitForNoticeAsync(n => n.Incident.Id == id && n.Step == 0);

        // The deadline's timer tick and the acceptance are queued on the grain at the same instant.
        var accept = scenario.Incident(id).AcceptAsync(EscalationScenario.StaffActor(scenario.Anna));
        Advance(60);
        await accept;
        Advance(600);

        var view = await scenario.Incident(id).GetViewAsync();
        Assert.Equal(IncidentStatus.Accepted, view!.Status);
        Assert.True(view.EscalationStep <= 1);
        Assert.Null(view.Deadline);
    }

    [Fact]
    public async Task Deadline_lateness_is_measured_by_the_grain_clock()
    {
        var scenario = await EscalationScenario.CreateAsync(fixture.Grains, "esc-late");
        var id = await scenario.RaiseAsync();
        await scenario.Recorder.WaitForNoticeAsync(n => n.Incident.Id == id && n.Step == 0);

        Advance(60);

        var passed = await scenario.Recorder.WaitForNoticeAsync(n => n.Incident.Id == id && n.Step == 1);
        var deadlineEntry = (await scenario.Incident(id).GetTimelineAsync()).Single(e => e.Event == IncidentEvent.DeadlinePassed);
        Assert.Equal(ClusterFixture.Time.GetUtcNow(), deadlineEntry.At);
        Assert.Equal(deadlineEntry.At + TimeSpan.FromSeconds(60), passed.Deadline);
    }
}
