using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Devices;
using ResponseCentre.Grains.Incidents;

namespace ResponseCentre.Grains.Tests.Devices;

public sealed class DeviceSupervisionPolicyTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 18, 0, 0, TimeSpan.Zero);
    private static readonly DeviceSupervision Default = DeviceSupervision.Default;

    private static DeviceStatusReport Status(int? battery = null, bool? mainsOn = null, bool? tamper = null) =>
        new(new DeviceId("d"), DeviceLink.Alive, T0, "1", T0, battery, mainsOn, tamper);

    [Fact]
    public void Defaults_are_a_15_minute_heartbeat_with_10_minutes_grace_and_battery_low_below_20_clear_at_30()
    {
        Assert.Equal((true, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(10), 20, 30),
            (Default.Enabled, Default.HeartbeatInterval, Default.Grace, Default.LowBatteryBelow, Default.BatteryRecoveredAt));
    }

    [Fact]
    public void Deadline_is_last_contact_plus_interval_plus_grace()
    {
        Assert.Equal(T0.AddMinutes(25), DeviceSupervisionPolicy.Deadline(Default, T0, T0, null, reportedOffline: false));
    }

    [Fact]
    public void Last_will_brings_the_deadline_forward_to_its_arrival_plus_grace_but_never_later()
    {
        Assert.Equal(T0.AddMinutes(11), DeviceSupervisionPolicy.Deadline(Default, T0, T0, T0.AddMinutes(1), reportedOffline: false));
        Assert.Equal(T0.AddMinutes(25), DeviceSupervisionPolicy.Deadline(Default, T0, T0, T0.AddMinutes(20), reportedOffline: false));
    }

    [Fact]
    public void No_deadline_before_the_first_status_when_disabled_or_once_reported_offline()
    {
        Assert.Null(DeviceSupervisionPolicy.Deadline(Default, null, T0, null, reportedOffline: false));
        Assert.Null(DeviceSupervisionPolicy.Deadline(DeviceSupervision.Disabled, T0, T0, null, reportedOffline: false));
        Assert.Null(DeviceSupervisionPolicy.Deadline(Default, T0, T0, null, reportedOffline: true));
    }

    [Theory]
    [InlineData(19, true)]
    [InlineData(0, true)]
    [InlineData(20, null)]
    [InlineData(29, null)]
    [InlineData(30, false)]
    [InlineData(100, false)]
    public void Battery_has_hysteresis_between_the_low_and_recovered_levels(int battery, bool? low)
    {
        var changes = DeviceSupervisionPolicy.Changes(Default, Status(battery));

        Assert.Equal(low is { } present ? [new FaultChange(IncidentKind.LowBattery, present)] : [], changes);
    }

    [Fact]
    public void Mains_and_tamper_say_present_or_gone_and_absent_fields_say_nothing()
    {
        Assert.Equal([new FaultChange(IncidentKind.MainsLost, true), new FaultChange(IncidentKind.Tamper, false)],
            DeviceSupervisionPolicy.Changes(Default, Status(mainsOn: false, tamper: false)));
        Assert.Empty(DeviceSupervisionPolicy.Changes(Default, Status()));
    }

    [Fact]
    public void Validation_names_each_wrong_field()
    {
        var errors = DeviceSupervisionPolicy.Validate(new DeviceSupervision(true, TimeSpan.Zero, TimeSpan.FromMinutes(-1), 40, 30));

        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("heartbeatInterval", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("grace", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("batteryRecoveredAt", StringComparison.Ordinal));
        Assert.Empty(DeviceSupervisionPolicy.Validate(Default));
    }

    [Fact]
    public void Technical_kinds_have_technical_priority()
    {
        foreach (var kind in new[] { IncidentKind.DeviceOffline, IncidentKind.LowBattery, IncidentKind.MainsLost, IncidentKind.Tamper })
        {
            Assert.Equal(IncidentPriority.Technical, IncidentPriorities.For(kind));
        }
    }

    [Fact]
    public void The_system_may_resolve_a_technical_incident_at_any_open_status_but_never_an_alarm()
    {
        var technical = Incident(IncidentKind.MainsLost, IncidentPriority.Technical, IncidentStatus.Dispatched);
        var alarm = Incident(IncidentKind.Fall, IncidentPriority.LifeThreatening, IncidentStatus.Dispatched);

        IncidentLifecycle.EnsureCanResolve(technical, Actor.System);
        IncidentLifecycle.EnsureCanResolve(technical with { Status = IncidentStatus.OnSite }, Actor.System);
        Assert.Throws<IncidentTransitionException>(() => IncidentLifecycle.EnsureCanResolve(alarm, Actor.System));
        Assert.Throws<IncidentTransitionException>(() => IncidentLifecycle.EnsureCanResolve(technical with { Status = IncidentStatus.Resolved }, Actor.System));
    }

    private static IncidentView Incident(IncidentKind kind, IncidentPriority priority, IncidentStatus status) =>
        new(new IncidentId("i"), new ResidentId("r"), new TenantId("t"), kind, priority, status, new DeviceId("d"), T0, T0);
}
