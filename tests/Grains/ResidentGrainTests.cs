using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Feed;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;

namespace ResponseCentre.Grains.Tests;

[Collection(TestSilo.Name)]
public sealed class ResidentGrainTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 21, 0, 0, TimeSpan.Zero);

    private async Task<IResidentGrain> RegisterAsync(string id)
    {
        var resident = fixture.Grains.GetResident(new ResidentId(id));
        await resident.RegisterAsync(new ResidentProfile(new ResidentId(id), new TenantId("oslo"), "Kari Nordmann", "Frogner", CareLevel.Basic, []));
        return resident;
    }

    private static RaiseAlarm Alarm(string device, string messageId, IncidentKind kind = IncidentKind.Fall) =>
        new(new DeviceId(device), messageId, kind, Now.AddSeconds(-1), Now);

    [Fact]
    public async Task Raising_an_alarm_stores_an_incident_with_the_resident_s_tenant_and_priority()
    {
        var resident = await RegisterAsync("r-raise");

        var raised = await resident.RaiseAlarmAsync(Alarm("d-raise", "1"));

        var incident = await fixture.Grains.GetIncident(raised.Incident).GetViewAsync();
        Assert.NotNull(incident);
        Assert.Equal(new ResidentId("r-raise"), incident.Resident);
        Assert.Equal(new TenantId("oslo"), incident.Tenant);
        Assert.Equal(IncidentPriority.LifeThreatening, incident.Priority);
        Assert.Equal(IncidentStatus.Dispatched, incident.Status); // no team routes for this tenant: the operators were alerted
        Assert.Equal(Now, incident.RaisedAt);
        Assert.False(raised.WasRedelivery);
    }

    [Fact]
    public async Task Raised_incident_is_pushed_to_a_subscribed_dashboard_and_listed_as_open()
    {
        var recorder = new FeedRecorder();
        var reference = fixture.Grains.CreateObjectReference<IIncidentFeedObserver>(recorder);
        await fixture.Grains.GetIncidentFeed().SubscribeAsync(reference);
        var resident = await RegisterAsync("r-feed");

        var raised = await resident.RaiseAlarmAsync(Alarm("d-feed", "1", IncidentKind.AssistanceCall));

        var pushed = await recorder.WaitForAsync(i => i.Id == raised.Incident);
        Assert.Equal(IncidentPriority.Assistance, pushed.Priority);
        Assert.Contains(await fixture.Grains.GetIncidentFeed().GetOpenIncidentsAsync(), i => i.Id == raised.Incident);
        await fixture.Grains.GetIncidentFeed().UnsubscribeAsync(reference);
    }

    [Fact]
    public async Task Redelivered_device_message_returns_the_first_incident_and_opens_no_other()
    {
        var resident = await RegisterAsync("r-redeliver");

        var first = await resident.RaiseAlarmAsync(Alarm("d-redeliver", "same"));
        var again = await resident.RaiseAlarmAsync(Alarm("d-redeliver", "same"));
        var other = await resident.RaiseAlarmAsync(Alarm("d-redeliver", "next", IncidentKind.Fire));

        Assert.Equal(first.Incident, again.Incident);
        Assert.True(again.WasRedelivery);
        Assert.NotEqual(first.Incident, other.Incident);
        var open = await fixture.Grains.GetIncidentFeed().GetOpenIncidentsAsync();
        Assert.Equal(2, open.Count(i => i.Device == new DeviceId("d-redeliver")));
    }

    [Fact]
    public async Task Resident_and_incident_state_survive_deactivation()
    {
        var resident = await RegisterAsync("r-reload");
        var first = await resident.RaiseAlarmAsync(Alarm("d-reload", "1"));

        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        var again = await resident.RaiseAlarmAsync(Alarm("d-reload", "1"));
        Assert.Equal(first.Incident, again.Incident);
        Assert.Equal(new ResidentId("r-reload"), (await fixture.Grains.GetIncident(first.Incident).GetViewAsync())?.Resident);
    }

    [Fact]
    public async Task Same_kind_again_within_the_window_joins_the_open_incident_and_is_counted()
    {
        var resident = await RegisterAsync("r-dedup");

        var first = await resident.RaiseAlarmAsync(Alarm("d-pendant", "1", IncidentKind.AssistanceCall));
        var again = await resident.RaiseAlarmAsync(Alarm("d-pendant", "2", IncidentKind.AssistanceCall) with { ReceivedAt = Now.AddMinutes(4) });
        var fromOtherDevice = await resident.RaiseAlarmAsync(Alarm("d-wrist", "1", IncidentKind.AssistanceCall) with { ReceivedAt = Now.AddMinutes(4) });

        Assert.Equal(first.Incident, again.Incident);
        Assert.Equal(first.Incident, fromOtherDevice.Incident);
        Assert.True(again.JoinedOpenIncident);
        Assert.Equal(2, (await fixture.Grains.GetIncident(first.Incident).GetViewAsync())?.DuplicateCount);
    }

    [Fact]
    public async Task Same_kind_after_the_window_or_another_kind_opens_a_new_incident()
    {
        var resident = await RegisterAsync("r-dedup-window");

        var first = await resident.RaiseAlarmAsync(Alarm("d-pendant", "1", IncidentKind.AssistanceCall));
        var otherKind = await resident.RaiseAlarmAsync(Alarm("d-detector", "1", IncidentKind.Fall));
        var afterWindow = await resident.RaiseAlarmAsync(Alarm("d-pendant", "2", IncidentKind.AssistanceCall) with { ReceivedAt = Now.AddMinutes(6) });

        Assert.NotEqual(first.Incident, otherKind.Incident);
        Assert.NotEqual(first.Incident, afterWindow.Incident);
    }

    [Fact]
    public async Task Same_kind_after_the_incident_closed_opens_a_new_incident()
    {
        var resident = await RegisterAsync("r-dedup-closed");
        var first = await resident.RaiseAlarmAsync(Alarm("d-pendant", "1", IncidentKind.AssistanceCall));
        await fixture.Grains.GetIncident(first.Incident).ResolveAsync(new Actor(ActorKind.Operator, "op"), IncidentOutcome.FalseAlarm);

        var again = await resident.RaiseAlarmAsync(Alarm("d-pendant", "2", IncidentKind.AssistanceCall));

        Assert.NotEqual(first.Incident, again.Incident);
    }

    [Fact]
    public async Task Cancel_closes_the_latest_unaccepted_incident_and_a_second_cancel_finds_nothing()
    {
        var resident = await RegisterAsync("r-cancel");
        var raised = await resident.RaiseAlarmAsync(Alarm("d-pendant", "1", IncidentKind.AssistanceCall));

        var cancelled = await resident.CancelAlarmAsync(new CancelAlarm(new DeviceId("d-pendant"), "2", Now));
        var nothing = await resident.CancelAlarmAsync(new CancelAlarm(new DeviceId("d-pendant"), "3", Now));

        Assert.Equal(raised.Incident, cancelled.Incident);
        Assert.Equal(IncidentStatus.Cancelled, (await fixture.Grains.GetIncident(raised.Incident).GetViewAsync())?.Status);
        Assert.Null(nothing.Incident);
        Assert.NotNull(nothing.Reason);
    }

    [Fact]
    public async Task Alarm_for_an_unregistered_resident_is_refused()
    {
        var stranger = fixture.Grains.GetResident(new ResidentId("r-never-registered"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => stranger.RaiseAlarmAsync(Alarm("d-stranger", "1")));
    }
}
