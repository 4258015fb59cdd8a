using System.Globalization;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.Grains.Sensors;
using static ResponseCentre.Grains.Tests.Sensors.RuleSamples;

namespace ResponseCentre.Grains.Tests.Sensors;

public sealed class NightExitRuleTests
{
    private static readonly SensorRuleSet Wandering = SensorRuleSet.Default with { WanderingRisk = true };

    private static SensorRuleOutcome DoorOpens(SensorRuleSet rules, DateTimeOffset at, SensorRuleTracking? tracking = null, TimeZoneInfo? zone = null) =>
        SensorRuleEngine.Evaluate(rules, tracking ?? SensorRuleTracking.Empty, [Reading(SensorMetric.DoorOpen, 1, at)], at, zone ?? TimeZoneInfo.Utc);

    [Theory]
    [InlineData(23, 0)]
    [InlineData(0, 30)]
    [InlineData(5, 59)]
    public void Door_opened_at_night_by_a_resident_at_risk_of_wandering_raises_night_exit_at_once(int hour, int minute)
    {
        var at = At(hour, minute);

        var alarm = Assert.Single(DoorOpens(Wandering, at).Alarms);

        Assert.Equal(IncidentKind.NightExit, alarm.Kind);
        Assert.Equal(Door, alarm.Device);
        Assert.Equal(at, alarm.DeviceTimestamp);
        Assert.Equal($"rule:night-exit:{at.UtcTicks}", alarm.DeviceMessageId);
    }

    [Theory]
    [InlineData(6, 0)] // the window's end is exclusive
    [InlineData(22, 59)]
    [InlineData(12, 0)]
    public void Door_opened_in_the_day_raises_nothing(int hour, int minute)
    {
        Assert.Empty(DoorOpens(Wandering, At(hour, minute)).Alarms);
    }

    [Fact]
    public void Door_opened_at_night_by_a_resident_not_at_risk_raises_nothing()
    {
        Assert.Empty(DoorOpens(SensorRuleSet.Default, At(2)).Alarms);
    }

    [Fact]
    public void Disabled_rule_raises_nothing()
    {
        Assert.Empty(DoorOpens(Wandering with { NightExit = new NightExitRule(false) }, At(2)).Alarms);
    }

    [Fact]
    public void Door_still_open_raises_nothing_more_and_closing_it_re_arms_the_rule()
    {
        var open = DoorOpens(Wandering, At(2)).Tracking;

        var stillOpen = DoorOpens(Wandering, At(2, 1), open);
        var closed = Evaluate(Wandering, stillOpen.Tracking, At(2, 5), Reading(SensorMetric.DoorOpen, 0, At(2, 5))).Tracking;
        var reopened = DoorOpens(Wandering, At(2, 10), closed);

        Assert.Empty(stillOpen.Alarms);
        Assert.Single(reopened.Alarms);
    }

    [Theory]
    [InlineData("2026-07-15T03:30:00Z", true)]  // 05:30 in Oslo, summer time
    [InlineData("2026-01-15T03:30:00Z", true)]  // 04:30 in Oslo, winter time
    [InlineData("2026-01-15T05:30:00Z", false)] // 06:30 in Oslo, winter time, though 05:30 would be night in UTC
    [InlineData("2026-07-15T21:30:00Z", true)]  // 23:30 in Oslo, summer time
    [InlineData("2026-07-15T20:30:00Z", false)] // 22:30 in Oslo, summer time
    [InlineData("2026-03-29T01:30:00Z", true)]  // 03:30 in Oslo, the night the clocks go forward
    public void Night_is_read_on_the_resident_s_local_clock_across_daylight_saving(string utc, bool raised)
    {
        var at = DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);

        Assert.Equal(raised, DoorOpens(Wandering, at, zone: Oslo).Alarms.Count == 1);
    }
}
