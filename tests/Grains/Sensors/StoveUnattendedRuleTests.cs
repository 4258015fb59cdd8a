using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.Grains.Sensors;
using static ResponseCentre.Grains.Tests.Sensors.RuleSamples;

namespace ResponseCentre.Grains.Tests.Sensors;

public sealed class StoveUnattendedRuleTests
{
    private static readonly DateTimeOffset On = At(12);

    private static SensorRuleTracking StoveTurnedOn() => Evaluate(SensorRuleTracking.Empty, On, Reading(SensorMetric.StoveOn, 1, On)).Tracking;

    [Fact]
    public void Stove_on_with_no_motion_raises_stove_guard_at_twenty_minutes_and_not_before()
    {
        var tracking = StoveTurnedOn();

        var before = Evaluate(tracking, On.AddMinutes(20).AddSeconds(-1));
        var at = Evaluate(tracking, On.AddMinutes(20));

        Assert.Equal(On.AddMinutes(20), tracking.NextDeadline);
        Assert.Empty(before.Alarms);
        Assert.Equal(On.AddMinutes(20), before.NextDeadline);
        var alarm = Assert.Single(at.Alarms);
        Assert.Equal(IncidentKind.StoveGuard, alarm.Kind);
        Assert.Equal(Stove, alarm.Device);
        Assert.Equal($"rule:stove-unattended:{On.UtcTicks}", alarm.DeviceMessageId);
        Assert.Equal(On.AddMinutes(20), alarm.DeviceTimestamp);
        Assert.Equal(On.AddMinutes(20), alarm.ReceivedAt);
        Assert.Null(at.NextDeadline);
    }

    [Fact]
    public void Raised_once_while_the_stove_stays_on_unattended()
    {
        var raised = Evaluate(StoveTurnedOn(), On.AddMinutes(20)).Tracking;

        var later = Evaluate(raised, On.AddHours(2), Reading(SensorMetric.StoveOn, 1, On.AddHours(1)));

        Assert.Empty(later.Alarms);
        Assert.Null(later.NextDeadline);
    }

    [Fact]
    public void Motion_restarts_the_clock()
    {
        var moved = Evaluate(StoveTurnedOn(), On.AddMinutes(10), Reading(SensorMetric.Motion, 1, On.AddMinutes(10))).Tracking;

        Assert.Empty(Evaluate(moved, On.AddMinutes(29)).Alarms);
        Assert.Equal(IncidentKind.StoveGuard, Assert.Single(Evaluate(moved, On.AddMinutes(30)).Alarms).Kind);
    }

    [Fact]
    public void No_motion_reported_means_no_motion_only_when_the_sensor_says_so()
    {
        // A "no motion" report is not someone in the kitchen: the clock keeps running from the stove going on.
        var quiet = Evaluate(StoveTurnedOn(), On.AddMinutes(10), Reading(SensorMetric.Motion, 0, On.AddMinutes(10))).Tracking;

        Assert.Single(Evaluate(quiet, On.AddMinutes(20)).Alarms);
    }

    [Fact]
    public void Stove_turned_off_clears_the_rule_and_turning_it_on_again_starts_a_new_episode()
    {
        var raised = Evaluate(StoveTurnedOn(), On.AddMinutes(20)).Tracking;

        var off = Evaluate(raised, On.AddMinutes(25), Reading(SensorMetric.StoveOn, 0, On.AddMinutes(25)));
        var onAgain = Evaluate(off.Tracking, On.AddMinutes(40), Reading(SensorMetric.StoveOn, 1, On.AddMinutes(40))).Tracking;
        var second = Evaluate(onAgain, On.AddMinutes(60));

        Assert.Null(off.NextDeadline);
        Assert.Equal($"rule:stove-unattended:{On.AddMinutes(40).UtcTicks}", Assert.Single(second.Alarms).DeviceMessageId);
    }

    [Fact]
    public void Evaluating_the_same_state_again_raises_the_same_alarm_id()
    {
        var tracking = StoveTurnedOn();

        var first = Evaluate(tracking, On.AddMinutes(20));
        var repeated = Evaluate(tracking, On.AddMinutes(23));

        Assert.Equal(Assert.Single(first.Alarms).DeviceMessageId, Assert.Single(repeated.Alarms).DeviceMessageId);
    }

    [Fact]
    public void Disabled_rule_never_raises_and_sets_no_deadline()
    {
        var rules = SensorRuleSet.Default with { StoveUnattended = StoveUnattendedRule.Default with { Enabled = false } };

        var on = Evaluate(rules, SensorRuleTracking.Empty, On, Reading(SensorMetric.StoveOn, 1, On));

        Assert.Null(on.NextDeadline);
        Assert.Empty(Evaluate(rules, on.Tracking, On.AddHours(3)).Alarms);
    }
}
