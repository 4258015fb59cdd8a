using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.Grains.Sensors;
using static ResponseCentre.Grains.Tests.Sensors.RuleSamples;

namespace ResponseCentre.Grains.Tests.Sensors;

public sealed class MedicationRuleTests
{
    private static readonly SensorRuleSet Schedule = SensorRuleSet.Default with
    {
        Medication = MedicationRule.Default with { DoseTimes = [new TimeOnly(8, 0), new TimeOnly(20, 0)] },
    };

    private static SensorRuleOutcome Check(SensorRuleTracking tracking, DateTimeOffset now) => Evaluate(Schedule, tracking, now);

    private static SensorRuleTracking ScheduledAt(DateTimeOffset now) => Check(SensorRuleTracking.Empty, now).Tracking;

    [Fact]
    public void Dose_not_taken_is_raised_when_its_grace_ends_and_not_a_minute_before()
    {
        var tracking = ScheduledAt(At(7));

        var before = Check(tracking, At(8, 29));
        var at = Check(tracking, At(8, 30));

        Assert.Equal(At(8, 30), tracking.NextDeadline);
        Assert.Empty(before.Alarms);
        var alarm = Assert.Single(at.Alarms);
        Assert.Equal(IncidentKind.MedicationMissed, alarm.Kind);
        Assert.Equal(SensorRuleEngine.MedicationSchedule, alarm.Device);
        Assert.Equal($"rule:medication-missed:{At(8).UtcTicks}", alarm.DeviceMessageId);
        Assert.Equal(At(20, 30), at.NextDeadline);
    }

    [Theory]
    [InlineData(7, 30)] // the grace's first minute
    [InlineData(8, 0)]
    [InlineData(8, 29)]
    public void Dose_taken_within_the_grace_is_not_raised(int hour, int minute)
    {
        var taken = SensorRuleEngine.RecordDoseTaken(ScheduledAt(At(7)), At(hour, minute), At(hour, minute));

        var at = Check(taken, At(8, 30));

        Assert.Empty(at.Alarms);
        Assert.Equal(At(20, 30), at.NextDeadline);
    }

    [Fact]
    public void Dose_taken_too_early_does_not_count()
    {
        var taken = SensorRuleEngine.RecordDoseTaken(ScheduledAt(At(7)), At(7, 29), At(7, 29));

        Assert.Single(Check(taken, At(8, 30)).Alarms);
    }

    [Fact]
    public void A_dose_taken_in_the_future_counts_as_taken_now()
    {
        var taken = SensorRuleEngine.RecordDoseTaken(SensorRuleTracking.Empty, At(9), At(8));

        Assert.Equal(At(8), taken.LastDoseTakenAt);
    }

    [Fact]
    public void Doses_due_before_the_schedule_was_first_evaluated_are_not_checked()
    {
        var tracking = ScheduledAt(At(8, 10));

        Assert.Equal(At(20, 30), tracking.NextDeadline);
        Assert.Empty(Check(tracking, At(8, 30)).Alarms);
    }

    [Fact]
    public void After_an_outage_several_missed_doses_raise_one_alarm_for_the_latest()
    {
        var tracking = ScheduledAt(At(7));

        var late = Check(tracking, At(9, 0, dayOffset: 1));

        Assert.Equal($"rule:medication-missed:{At(8, 0, dayOffset: 1).UtcTicks}", Assert.Single(late.Alarms).DeviceMessageId);
        Assert.Equal(At(20, 30, dayOffset: 1), late.NextDeadline);
        Assert.Empty(Check(late.Tracking, At(9, 30, dayOffset: 1)).Alarms);
    }

    [Fact]
    public void No_schedule_or_a_disabled_rule_sets_no_deadline()
    {
        var disabled = Schedule with { Medication = Schedule.Medication with { Enabled = false } };

        Assert.Null(Evaluate(SensorRuleSet.Default, SensorRuleTracking.Empty, At(7)).NextDeadline);
        Assert.Null(Evaluate(disabled, SensorRuleTracking.Empty, At(7)).NextDeadline);
    }

    [Fact]
    public void A_dose_time_skipped_when_clocks_go_forward_is_due_an_hour_later_on_the_wall_clock()
    {
        var rules = SensorRuleSet.Default with { Medication = MedicationRule.Default with { DoseTimes = [new TimeOnly(2, 30)] } };
        var evening = new DateTimeOffset(2026, 3, 28, 20, 0, 0, TimeSpan.Zero);

        var scheduled = SensorRuleEngine.Evaluate(rules, SensorRuleTracking.Empty, [], evening, Oslo);

        // 02:30 does not exist in Oslo on 29 March 2026; it is taken as 03:30 summer time, 01:30 UTC.
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 2, 0, 0, TimeSpan.Zero), scheduled.NextDeadline);
    }
}
