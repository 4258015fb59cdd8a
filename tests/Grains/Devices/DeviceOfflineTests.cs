using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Tests.Devices;

[Collection(TestSilo.Name)]
public sealed class DeviceOfflineTests(ClusterFixture fixture)
{
    private static void Advance(TimeSpan by) => ClusterFixture.Time.Advance(by);

    [Fact]
    public async Task Heartbeats_that_keep_coming_raise_no_incident()
    {
        await using var home = await SupervisedHome.CreateAsync(fixture.Grains, "hb-steady");
        await home.HeartbeatAsync();

        for (var i = 0; i < 4; i++)
        {
            Advance(TimeSpan.FromMinutes(15));
            await home.HeartbeatAsync();
        }

        var supervision = await home.Device.GetSupervisionAsync();
        Assert.Empty(supervision.Faults);
        Assert.Equal(SupervisedHome.Now + SupervisedHome.Silence, supervision.Deadline);
        Assert.Empty(await home.OpenIncidentsAsync());
    }

    [Fact]
    public async Task Silent_device_is_reported_offline_at_interval_plus_grace_and_not_a_second_before()
    {
        await using var home = await SupervisedHome.CreateAsync(fixture.Grains, "hb-stop");
        var lastHeard = SupervisedHome.Now;
        await home.HeartbeatAsync();

        Advance(SupervisedHome.Silence - TimeSpan.FromSeconds(1));
        Assert.Empty(await home.FaultsAsync());
        Assert.Equal(lastHeard + SupervisedHome.Silence, (await home.Device.GetSupervisionAsync()).Deadline);

        Advance(TimeSpan.FromSeconds(1));
        var offline = await home.WaitForOpenAsync(IncidentKind.DeviceOffline);

        Assert.Equal(IncidentPriority.Technical, offline.Priority);
        Assert.Equal(home.Resident, offline.Resident);
        Assert.Equal(lastHeard + SupervisedHome.Silence, offline.RaisedAt);
        var fault = Assert.Single(await home.FaultsAsync());
        Assert.Equal(offline.Id, fault.Incident);
        Assert.Null((await home.Device.GetSupervisionAsync()).Deadline);
    }

    [Fact]
    public async Task Offline_incident_is_resolved_by_the_system_when_heartbeats_return()
    {
        await using var home = await SupervisedHome.CreateAsync(fixture.Grains, "hb-return");
        await home.HeartbeatAsync();
        Advance(SupervisedHome.Silence);
        var offline = await home.WaitForOpenAsync(IncidentKind.DeviceOffline);

        Advance(TimeSpan.FromMinutes(3));
        await home.HeartbeatAsync();

        var resolved = await home.IncidentAsync(offline.Id);
        Assert.Equal(IncidentStatus.Resolved, resolved?.Status);
        Assert.Equal(IncidentOutcome.ClearedItself, resolved?.Outcome);
        var closing = (await fixture.Grains.GetGrain<IIncidentGrain>(offline.Id.Value).GetTimelineAsync())[^1];
        Assert.Equal((IncidentEvent.Resolved, Actor.System), (closing.Event, closing.Actor));
        Assert.Empty(await home.FaultsAsync());
        Assert.Equal(SupervisedHome.Now + SupervisedHome.Silence, (await home.Device.GetSupervisionAsync()).Deadline);
    }

    [Fact]
    public async Task Alarm_or_telemetry_contact_moves_the_deadline_and_clears_an_offline_fault()
    {
        await using var home = await SupervisedHome.CreateAsync(fixture.Grains, "hb-touch");
        await home.HeartbeatAsync();

        Advance(TimeSpan.FromMinutes(20));
        var assignment = await home.Device.TouchAsync(SupervisedHome.Now);
        var touchedAt = SupervisedHome.Now;
        Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(home.Resident, assignment?.Resident);
        Assert.Empty(await home.FaultsAsync());
        Assert.Equal(touchedAt + SupervisedHome.Silence, (await home.Device.GetSupervisionAsync()).Deadline);

        Advance(TimeSpan.FromMinutes(5));
        var offline = await home.WaitForOpenAsync(IncidentKind.DeviceOffline);
        await home.Device.TouchAsync(SupervisedHome.Now);

        Assert.Equal(IncidentOutcome.ClearedItself, (await home.IncidentAsync(offline.Id))?.Outcome);
    }

    [Fact]
    public async Task Last_will_then_reconnect_within_the_grace_raises_nothing()
    {
        await using var home = await SupervisedHome.CreateAsync(fixture.Grains, "will-back");
        await home.HeartbeatAsync();
        Advance(TimeSpan.FromMinutes(1));

        await home.LastWillAsync();
        Assert.Equal(SupervisedHome.Now + DeviceSupervision.Default.Grace, (await home.Device.GetSupervisionAsync()).Deadline);
        Advance(TimeSpan.FromMinutes(5));
        await home.HeartbeatAsync();
        Advance(DeviceSupervision.Default.Grace);

        Assert.Empty(await home.FaultsAsync());
        Assert.Empty(await home.OpenIncidentsAsync());
    }

    [Fact]
    public async Task Last_will_and_no_reconnect_raises_offline_when_the_grace_runs_out()
    {
        await using var home = await SupervisedHome.CreateAsync(fixture.Grains, "will-gone");
        await home.HeartbeatAsync();
        Advance(TimeSpan.FromMinutes(1));
        await home.LastWillAsync();

        Advance(DeviceSupervision.Default.Grace - TimeSpan.FromSeconds(1));
        Assert.Empty(await home.FaultsAsync());

        Advance(TimeSpan.FromSeconds(1));
        var offline = await home.WaitForOpenAsync(IncidentKind.DeviceOffline);
        Assert.Equal(IncidentPriority.Technical, offline.Priority);
    }

    [Fact]
    public async Task Device_with_supervision_disabled_is_never_reported_offline()
    {
        await using var home = await SupervisedHome.CreateAsync(fixture.Grains, "hb-off");
        await home.Device.SetSupervisionAsync(DeviceSupervision.Disabled);
        await home.HeartbeatAsync();
        await home.LastWillAsync();

        Advance(TimeSpan.FromHours(3));

        var supervision = await home.Device.GetSupervisionAsync();
        Assert.Null(supervision.Deadline);
        Assert.Empty(supervision.Faults);
        Assert.Empty(await home.OpenIncidentsAsync());
    }

    [Fact]
    public async Task Shorter_supervision_set_later_brings_a_pending_deadline_forward()
    {
        await using var home = await SupervisedHome.CreateAsync(fixture.Grains, "hb-short");
        await home.HeartbeatAsync();

        await home.Device.SetSupervisionAsync(DeviceSupervision.Default with { HeartbeatInterval = TimeSpan.FromMinutes(1), Grace = TimeSpan.FromMinutes(1) });
        Advance(TimeSpan.FromMinutes(2));

        await home.WaitForOpenAsync(IncidentKind.DeviceOffline);
    }

    [Fact]
    public async Task Offline_deadline_survives_the_device_s_deactivation()
    {
        await using var home = await SupervisedHome.CreateAsync(fixture.Grains, "hb-reload");
        await home.HeartbeatAsync();

        // Every idle activation goes, the device's deadline timer with it; only stored state and the reminder remain.
        var management = fixture.Grains.GetGrain<IManagementGrain>(0);
        await management.ForceActivationCollection(TimeSpan.Zero);
        Assert.DoesNotContain(await management.GetActiveGrains(GrainType.Create("device")), grain => grain.Key.ToString() == home.DeviceId.Value);
        await home.SubscribeRecorderAsync();

        Advance(SupervisedHome.Silence);

        var offline = await home.WaitForOpenAsync(IncidentKind.DeviceOffline);
        Assert.Equal(home.Resident, offline.Resident);
    }

    [Fact]
    public async Task Unregistered_device_records_nothing()
    {
        var stranger = fixture.Grains.GetGrain<IDeviceGrain>("never-registered-device");

        Assert.False(await stranger.ReportStatusAsync(new DeviceStatusReport(new DeviceId("never-registered-device"), DeviceLink.Alive, SupervisedHome.Now)));
        Assert.Null(await stranger.TouchAsync(SupervisedHome.Now));
        Assert.Null((await stranger.GetSupervisionAsync()).Deadline);
    }

    [Fact]
    public async Task Invalid_supervision_is_refused_naming_the_field()
    {
        var device = fixture.Grains.GetGrain<IDeviceGrain>("invalid-supervision-device");

        var refused = await Assert.ThrowsAsync<ArgumentException>(() =>
            device.SetSupervisionAsync(DeviceSupervision.Default with { HeartbeatInterval = TimeSpan.Zero }));

        Assert.Contains("heartbeatInterval", refused.Message, StringComparison.Ordinal);
    }
}
