using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.Grains.Sensors;
using static ResponseCentre.Grains.Tests.Sensors.RuleSamples;

namespace ResponseCentre.Grains.Tests.Sensors;

public sealed class BedNotReturnedRuleTests
{
    private static readonly SensorRuleTracking InBed = Evaluate(SensorRuleTracking.Empty, At(22), Reading(SensorMetric.BedOccupied, 1, At(22))).Tracking;

    private static SensorRuleOutcome GetsUp(DateTimeOffset at, SensorRuleTracking? tracking = null) =>
        Evaluate(tracking ?? InBed, at, Reading(SensorMetric.BedOccupied, 0, at));

    [Fact]
    public void Out_of_bed_at_night_for_thirty_minutes_raises_bed_not_returned_and_not_a_minute_before()
    {
        var up = GetsUp(At(2, 0, dayOffset: 1));

        var before = Evaluate(up.Tracking, At(2, 29, dayOffset: 1));
        var at = Evaluate(up.Tracking, At(2, 30, dayOffset: 1));

        Assert.Equal(At(2, 30, dayOffset: 1), up.NextDeadline);
        Assert.Empty(before.Alarms);
        var alarm = Assert.Single(at.Alarms);
        Assert.Equal(IncidentKind.BedNotReturned, alarm.Kind);
        Assert.Equal(Bed, alarm.Device);
        Assert.Null(at.NextDeadline);
    }

    [Fact]
    public void Back_in_bed_in_time_clears_the_deadline()
    {
        var up = GetsUp(At(2, 0, dayOffset: 1));

        var back = Evaluate(up.Tracking, At(2, 20, dayOffset: 1), Reading(SensorMetric.BedOccupied, 1, At(2, 20, dayOffset: 1)));

        Assert.Null(back.NextDeadline);
        Assert.Empty(Evaluate(back.Tracking, At(3, 0, dayOffset: 1)).Alarms);
    }

    [Fact]
    public void Still_up_after_the_night_ends_still_raises_once_the_time_has_passed()
    {
        var up = GetsUp(At(5, 50, dayOffset: 1));

        Assert.Single(Evaluate(up.Tracking, At(6, 20, dayOffset: 1)).Alarms);
    }

    [Fact]
    public void Getting_up_in_the_day_sets_no_deadline()
    {
        var morning = Evaluate(SensorRuleTracking.Empty, At(6, 30), Reading(SensorMetric.BedOccupied, 1, At(6, 30))).Tracking;

        Assert.Null(GetsUp(At(7), morning).NextDeadline);
    }

    [Fact]
    public void An_empty_bed_never_seen_occupied_is_not_leaving_it()
    {
        Assert.Null(GetsUp(At(2), SensorRuleTracking.Empty).NextDeadline);
    }

    [Fact]
    public void Raised_once_per_time_out_of_bed_and_re_armed_by_returning()
    {
        var raised = Evaluate(GetsUp(At(1, 0, dayOffset: 1)).Tracking, At(1, 30, dayOffset: 1)).Tracking;

        var stillUp = Evaluate(raised, At(3, 0, dayOffset: 1), Reading(SensorMetric.BedOccupied, 0, At(3, 0, dayOffset: 1)));
        var back = Evaluate(stillUp.Tracking, At(3, 10, dayOffset: 1), Reading(SensorMetric.BedOccupied, 1, At(3, 10, dayOffset: 1))).Tracking;
        var upAgain = GetsUp(At(4, 0, dayOffset: 1), back);

        Assert.Empty(stillUp.Alarms);
        Assert.Null(stillUp.NextDeadline);
        Assert.Single(Evaluate(upAgain.Tracking, At(4, 30, dayOffset: 1)).Alarms);
    }
}
