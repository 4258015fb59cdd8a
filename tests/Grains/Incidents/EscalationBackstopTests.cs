using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Tests.Incidents;

[Collection(TestSilo.Name)]
public sealed class EscalationBackstopTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Escalation_continues_after_the_incident_s_activation_and_its_timer_are_lost()
    {
        var scenario = await EscalationScenario.CreateAsync(fixture.Grains, "backstop");
        var id = await scenario.RaiseAsync();
        await scenario.Recorder.WaitForNoticeAsync(n => n.Incident.Id == id && n.Step == 0);

        // Every idle activation goes, the incident's deadline timer with it; only stored state and the reminder remain.
        var management = fixture.Grains.GetGrain<IManagementGrain>(0);
        await management.ForceActivationCollection(TimeSpan.Zero);
        Assert.DoesNotContain(await management.GetActiveGrains(GrainType.Create("incident")), grain => grain.Key.ToString() == id.Value);
        await scenario.SubscribeRecorderAsync();

        ClusterFixture.Time.Advance(TimeSpan.FromSeconds(60));

        var next = await scenario.Recorder.WaitForNoticeAsync(n => n.Incident.Id == id && n.Step == 1);
        Assert.Equal(Grains.Abstractions.Escalation.NotifyTarget.WholeTeam, next.Target);
        Assert.Contains(await scenario.Incident(id).GetTimelineAsync(), e => e.Event == IncidentEvent.DeadlinePassed);
    }
}
