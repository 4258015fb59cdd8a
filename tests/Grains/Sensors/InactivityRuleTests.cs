using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.Grains.Sensors;
using static ResponseCentre.Grains.Tests.Sensors.RuleSamples;

namespace ResponseCentre.Grains.Tests.Sensors;

public sealed class InactivityRuleTests
{
    private static SensorRuleOutcome Moves(DateTimeOffset at, SensorRuleTracking? tracking = null) =>
        Evaluate(tracking ?? SensorRuleTracking.Empty, at, Reading(SensorMetric.Motion, 1, at));

    [Fact]
    public void No_motion_for_four_hours_in_the_day_raises_inactivity_and_not_a_minute_before()
    {
        var moved = Moves(At(9));

        var before = Evaluate(moved.Tracking, At(12, 59));
        var at = Evaluate(moved.Tracking, At(13));

        Assert.Equal(At(13), moved.NextDeadline);
        Assert.Empty(before.Alarms);
        var alarm = Assert.Single(at.Alarms);
        Assert.Equal(IncidentKind.Inactivity, alarm.Kind);
        Assert.Equal(Pir, alarm.Device);
        Assert.Equal($"rule:inactivity:{At(9).UtcTicks}", alarm.DeviceMessageId);
    }

    [Fact]
    public void The_night_does_not_count_so_an_evening_s_last_motion_is_raised_at_noon_the_next_day()
    {
        var moved = Moves(At(20));

        Assert.Equal(At(12, 0, dayOffset: 1), moved.NextDeadline);
        Assert.Empty(Evaluate(moved.Tracking, At(11, 59, dayOffset: 1)).Alarms);
        Assert.Single(Evaluate(moved.Tracking, At(12, 0, dayOffset: 1)).Alarms);
    }

    [Fact]
    public void Motion_at_night_starts_the_count_when_the_day_does()
    {
        Assert.Equal(At(12), Moves(At(3)).NextDeadline);
    }

    [Fact]
    public void Motion_restarts_the_count_and_re_arms_a_raised_rule()
    {
        var raised = Evaluate(Moves(At(9)).Tracking, At(13)).Tracking;

        var quiet = Evaluate(raised, At(15));
        var movedAgain = Moves(At(15, 30), raised);

        Assert.Empty(quiet.Alarms);
        Assert.Equal(At(19, 30), movedAgain.NextDeadline);
    }

    [Fact]
    public void Without_a_motion_sensor_nothing_is_raised()
    {
        Assert.Null(Evaluate(SensorRuleTracking.Empty, At(20)).NextDeadline);
    }

    [Fact]
    public void A_motion_sensor_reporting_only_stillness_starts_the_count()
    {
        var quiet = Evaluate(SensorRuleTracking.Empty, At(9), Reading(SensorMetric.Motion, 0, At(9)));

        Assert.Equal(At(13), quiet.NextDeadline);
    }

    [Fact]
    public void Daytime_is_read_on_the_resident_s_clock_on_the_day_clocks_go_forward()
    {
        var at = new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero); // 03:00 summer time in Oslo, just after the change

        var moved = SensorRuleEngine.Evaluate(SensorRuleSet.Default, SensorRuleTracking.Empty, [Reading(SensorMetric.Motion, 1, at)], at, Oslo);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 10, 0, 0, TimeSpan.Zero), moved.NextDeadline); // 08:00 + 4 h local
    }
}
