using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Feed;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.Grains.Incidents;

namespace ResponseCentre.Grains.Tests.Sensors;

/// <summary>
/// The rules inside a real resident grain, on the cluster's fake clock. Each test leaves its resident
/// with no deadline pending, so later tests moving the shared clock raise nothing for it.
/// </summary>
[Collection(TestSilo.Name)]
public sealed class ResidentSensorRuleTests(ClusterFixture fixture) : IAsyncLifetime
{
    private readonly FeedRecorder _recorder = new();
    private IIncidentFeedObserver? _recorderReference;
    private int _messages;

    private static DateTimeOffset Now => ClusterFixture.Time.GetUtcNow();

    private static void Advance(TimeSpan by) => ClusterFixture.Time.Advance(by);

    public async Task InitializeAsync()
    {
        _recorderReference = fixture.Grains.CreateObjectReference<IIncidentFeedObserver>(_recorder);
        await fixture.Grains.GetIncidentFeed().SubscribeAsync(_recorderReference);
    }

    public Task DisposeAsync() => fixture.Grains.GetIncidentFeed().UnsubscribeAsync(_recorderReference!);

    /// <summary>Rules read in UTC, so windows can be placed around the fake clock's current time.</summary>
    private static SensorRuleSet InUtc(SensorRuleSet? rules = null) => (rules ?? SensorRuleSet.Default) with { TimeZone = "UTC" };

    /// <summary>A window from an hour ago to <paramref name="hoursAhead"/> hours ahead of the fake clock.</summary>
    private static DailyWindow AroundNow(int hoursAhead = 2)
    {
        var now = TimeOnly.FromDateTime(Now.UtcDateTime);
        return new DailyWindow(now.AddHours(-1), now.AddHours(hoursAhead));
    }

    private async Task<IResidentGrain> RegisterAsync(string id, SensorRuleSet? rules = null)
    {
        var resident = fixture.Grains.GetResident(new ResidentId(id));
        await resident.RegisterAsync(new ResidentProfile(new ResidentId(id), new TenantId("sensor-rules"), "Kari", "Frogner", CareLevel.AtRisk, []));
        if (rules is not null)
        {
            await resident.SetSensorRulesAsync(rules);
        }

        return resident;
    }

    private Task<TelemetryRecorded> RecordAsync(IResidentGrain resident, string device, SensorMetric metric, double value) =>
        resident.RecordTelemetryAsync(new RecordTelemetry(
            new DeviceId(device), $"m{Interlocked.Increment(ref _messages)}", Now, Now, [new SensorReading(metric, value)]));

    private async Task<List<IncidentView>> OpenIncidentsAsync(IResidentGrain resident)
    {
        // A call to the resident first: any deadline it had due has then run, in its turn, before this.
        await resident.GetSensorRulesAsync();
        var id = new ResidentId(resident.GetPrimaryKeyString());
        return [.. (await fixture.Grains.GetIncidentFeed().GetOpenIncidentsAsync()).Where(i => i.Resident == id)];
    }

    private Task<IncidentView> IncidentRaisedAsync(string resident, IncidentKind kind) =>
        _recorder.WaitForAsync(i => i.Resident == new ResidentId(resident) && i.Kind == kind);

    [Fact]
    public async Task Stove_left_on_with_nobody_moving_opens_a_stove_guard_incident_at_twenty_minutes_not_nineteen()
    {
        var resident = await RegisterAsync("sr-stove");
        await RecordAsync(resident, "sr-stove-guard", SensorMetric.StoveOn, 1);

        Advance(TimeSpan.FromMinutes(19));
        Assert.Empty(await OpenIncidentsAsync(resident));

        Advance(TimeSpan.FromMinutes(1));
        var incident = await IncidentRaisedAsync("sr-stove", IncidentKind.StoveGuard);
        Assert.Equal(new DeviceId("sr-stove-guard"), incident.Device);
        Assert.Equal(IncidentPriorities.For(IncidentKind.StoveGuard), incident.Priority);

        Advance(TimeSpan.FromMinutes(30));
        Assert.Single(await OpenIncidentsAsync(resident), i => i.Kind == IncidentKind.StoveGuard);
        await RecordAsync(resident, "sr-stove-guard", SensorMetric.StoveOn, 0);
    }

    [Fact]
    public async Task Stove_turned_off_in_time_raises_nothing()
    {
        var resident = await RegisterAsync("sr-stove-off");
        await RecordAsync(resident, "sr-stove-off-guard", SensorMetric.StoveOn, 1);
        Advance(TimeSpan.FromMinutes(10));

        await RecordAsync(resident, "sr-stove-off-guard", SensorMetric.StoveOn, 0);
        Advance(TimeSpan.FromMinutes(30));

        Assert.Empty(await OpenIncidentsAsync(resident));
    }

    [Fact]
    public async Task Rules_keep_firing_after_the_resident_s_activation_and_its_timer_are_lost()
    {
        // A deadline within the reminder service's reach: a jump of the fake clock far past a distant
        // one finds the reminder not yet reloaded, which real time, passing gradually, always does.
        var resident = await RegisterAsync("sr-backstop", SensorRuleSet.Default with { StoveUnattended = new StoveUnattendedRule(true, TimeSpan.FromMinutes(1)) });
        await RecordAsync(resident, "sr-backstop-guard", SensorMetric.StoveOn, 1);

        var management = fixture.Grains.GetGrain<IManagementGrain>(0);
        await management.ForceActivationCollection(TimeSpan.Zero);
        Assert.DoesNotContain(await management.GetActiveGrains(GrainType.Create("resident")), grain => grain.Key.ToString() == "sr-backstop");
        await fixture.Grains.GetIncidentFeed().SubscribeAsync(_recorderReference!);

        Advance(TimeSpan.FromMinutes(1));

        await IncidentRaisedAsync("sr-backstop", IncidentKind.StoveGuard);
        await RecordAsync(resident, "sr-backstop-guard", SensorMetric.StoveOn, 0);
    }

    [Fact]
    public async Task Door_opened_at_night_opens_a_night_exit_incident_at_once_for_a_resident_at_risk_of_wandering_only()
    {
        var rules = InUtc() with { WanderingRisk = true, Night = AroundNow() };
        var wandering = await RegisterAsync("sr-wander", rules);
        var notAtRisk = await RegisterAsync("sr-no-wander", rules with { WanderingRisk = false });

        await RecordAsync(wandering, "sr-wander-door", SensorMetric.DoorOpen, 1);
        await RecordAsync(wandering, "sr-wander-door", SensorMetric.DoorOpen, 1);
        await RecordAsync(notAtRisk, "sr-no-wander-door", SensorMetric.DoorOpen, 1);

        var incident = Assert.Single(await OpenIncidentsAsync(wandering));
        Assert.Equal(IncidentKind.NightExit, incident.Kind);
        Assert.Equal(new DeviceId("sr-wander-door"), incident.Device);
        Assert.Empty(await OpenIncidentsAsync(notAtRisk));
    }

    [Fact]
    public async Task Vital_sign_below_the_threshold_opens_an_incident_unless_the_resident_s_own_threshold_allows_it()
    {
        var standard = await RegisterAsync("sr-spo2");
        var own = await RegisterAsync("sr-spo2-own", SensorRuleSet.Default with
        {
            VitalSigns = new VitalSignRule(true, [new VitalSignRange(SensorMetric.SpO2, 80, null)]),
        });

        await RecordAsync(standard, "sr-spo2-oximeter", SensorMetric.SpO2, 85);
        await RecordAsync(own, "sr-spo2-own-oximeter", SensorMetric.SpO2, 85);

        Assert.Equal(IncidentKind.VitalSignOutOfRange, Assert.Single(await OpenIncidentsAsync(standard)).Kind);
        Assert.Empty(await OpenIncidentsAsync(own));
    }

    [Fact]
    public async Task Out_of_bed_at_night_for_thirty_minutes_opens_a_bed_not_returned_incident()
    {
        var resident = await RegisterAsync("sr-bed", InUtc() with { Night = AroundNow() });
        await RecordAsync(resident, "sr-bed-sensor", SensorMetric.BedOccupied, 1);
        await RecordAsync(resident, "sr-bed-sensor", SensorMetric.BedOccupied, 0);

        Advance(TimeSpan.FromMinutes(29));
        Assert.Empty(await OpenIncidentsAsync(resident));

        Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new DeviceId("sr-bed-sensor"), (await IncidentRaisedAsync("sr-bed", IncidentKind.BedNotReturned)).Device);
    }

    [Fact]
    public async Task No_motion_in_the_day_for_the_resident_s_period_opens_an_inactivity_incident()
    {
        var rules = InUtc() with { Inactivity = new InactivityRule(true, TimeSpan.FromHours(1), AroundNow(hoursAhead: 3)) };
        var resident = await RegisterAsync("sr-inactive", rules);
        await RecordAsync(resident, "sr-inactive-pir", SensorMetric.Motion, 1);

        Advance(TimeSpan.FromMinutes(59));
        Assert.Empty(await OpenIncidentsAsync(resident));

        Advance(TimeSpan.FromMinutes(1));
        await IncidentRaisedAsync("sr-inactive", IncidentKind.Inactivity);
    }

    [Fact]
    public async Task Missed_dose_opens_a_medication_missed_incident_and_a_dose_marked_taken_does_not()
    {
        var due = TimeOnly.FromDateTime(Now.UtcDateTime.AddMinutes(10));
        var rules = InUtc() with { Medication = new MedicationRule(true, [due], TimeSpan.FromMinutes(30)) };
        var missed = await RegisterAsync("sr-dose-missed", rules);
        var taken = await RegisterAsync("sr-dose-taken", rules);

        Advance(TimeSpan.FromMinutes(5));
        await taken.MarkDoseTakenAsync(Now);
        Advance(TimeSpan.FromMinutes(34));
        Assert.Empty(await OpenIncidentsAsync(missed));

        Advance(TimeSpan.FromMinutes(1));
        await IncidentRaisedAsync("sr-dose-missed", IncidentKind.MedicationMissed);
        Assert.Empty(await OpenIncidentsAsync(taken));

        var noSchedule = rules with { Medication = MedicationRule.Default };
        await missed.SetSensorRulesAsync(noSchedule);
        await taken.SetSensorRulesAsync(noSchedule);
    }

    [Fact]
    public async Task Rules_are_the_defaults_until_set_and_invalid_rules_are_refused_keeping_the_old_ones()
    {
        var resident = await RegisterAsync("sr-settings");

        var defaults = await resident.GetSensorRulesAsync();
        await resident.SetSensorRulesAsync(defaults with { WanderingRisk = true });
        var refused = await Assert.ThrowsAsync<PolicyValidationException>(() =>
            resident.SetSensorRulesAsync(defaults with { StoveUnattended = new StoveUnattendedRule(true, TimeSpan.Zero) }));
        var kept = await resident.GetSensorRulesAsync();

        Assert.Equal(TimeSpan.FromMinutes(20), defaults.StoveUnattended.After);
        Assert.Equal(TimeSpan.FromMinutes(30), defaults.BedNotReturned.After);
        Assert.Equal(TimeSpan.FromHours(4), defaults.Inactivity.After);
        Assert.Equal(new DailyWindow(new TimeOnly(23, 0), new TimeOnly(6, 0)), defaults.Night);
        Assert.False(defaults.WanderingRisk);
        Assert.Contains(refused.Errors, e => e.StartsWith("stoveUnattended.after", StringComparison.Ordinal));
        Assert.True(kept.WanderingRisk);
        Assert.Equal(TimeSpan.FromMinutes(20), kept.StoveUnattended.After);
    }

    [Fact]
    public async Task Rules_for_an_unregistered_resident_are_refused()
    {
        var stranger = fixture.Grains.GetResident(new ResidentId("sr-never-registered"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => stranger.SetSensorRulesAsync(SensorRuleSet.Default));
        await Assert.ThrowsAsync<InvalidOperationException>(() => stranger.MarkDoseTakenAsync(Now));
    }
}
