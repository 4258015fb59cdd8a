using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.Grains.Abstractions.Signals;
using ResponseCentre.Grains.Signals;

namespace ResponseCentre.Grains.Tests.Signals;

public sealed class ActivityHistoryTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly DateOnly Yesterday = Today.AddDays(-1);
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    private static DateTimeOffset Utc(int day, int hour, int minute = 0) => new(2026, 12, day, hour, minute, 0, TimeSpan.Zero);

    private static bool Record(ActivityHistory history, DateTimeOffset at, SensorMetric metric, double value, TimeZoneInfo? zone = null) =>
        history.RecordReadings([new SensorReading(metric, value)], at, Today, RiskSignalPolicy.Default, zone ?? TimeZoneInfo.Utc);

    [Fact]
    public void Motion_counts_at_night_only_and_after_midnight_towards_the_night_that_began_the_evening_before()
    {
        var history = new ActivityHistory();

        Record(history, Utc(6, 23, 30), SensorMetric.Motion, 1);
        Record(history, Utc(7, 2, 0), SensorMetric.Motion, 1);
        Record(history, Utc(7, 2, 5), SensorMetric.Motion, 0);
        Record(history, Utc(7, 6, 0), SensorMetric.Motion, 1);
        Record(history, Utc(6, 22, 59), SensorMetric.Motion, 1);

        var night = Assert.Single(history.Days);
        Assert.Equal(Yesterday, night.Day);
        Assert.Equal(2, night.NightActivity);
        Assert.True(night.NightObserved);
    }

    [Fact]
    public void Getting_out_of_bed_at_night_counts_once_per_exit()
    {
        var history = new ActivityHistory();

        Record(history, Utc(6, 22, 0), SensorMetric.BedOccupied, 1);
        Record(history, Utc(7, 1, 0), SensorMetric.BedOccupied, 0);
        Record(history, Utc(7, 1, 1), SensorMetric.BedOccupied, 0);
        Record(history, Utc(7, 1, 30), SensorMetric.BedOccupied, 1);
        Record(history, Utc(7, 3, 0), SensorMetric.BedOccupied, 0);
        Record(history, Utc(7, 3, 20), SensorMetric.BedOccupied, 1);
        Record(history, Utc(7, 8, 0), SensorMetric.BedOccupied, 0);

        Assert.Equal(2, history.DayOf(Yesterday).NightActivity);
    }

    [Fact]
    public void A_delayed_bed_reading_older_than_the_last_change_is_ignored()
    {
        var history = new ActivityHistory();
        Record(history, Utc(7, 1, 0), SensorMetric.BedOccupied, 1);

        var changed = Record(history, Utc(7, 0, 30), SensorMetric.BedOccupied, 0);

        Assert.True(history.InBed);
        Assert.Equal(0, history.DayOf(Yesterday).NightActivity);
        Assert.False(changed);
    }

    [Fact]
    public void Nights_are_read_on_the_tenant_s_wall_clock()
    {
        var oslo = new ActivityHistory();
        var utc = new ActivityHistory();

        // 22:30 UTC is 23:30 in Oslo in December.
        Record(oslo, Utc(6, 22, 30), SensorMetric.Motion, 1, Oslo);
        Record(utc, Utc(6, 22, 30), SensorMetric.Motion, 1);

        Assert.Equal(1, oslo.DayOf(Yesterday).NightActivity);
        Assert.Empty(utc.Days);
    }

    [Fact]
    public void A_quiet_night_with_readings_is_observed_with_no_activity()
    {
        var history = new ActivityHistory();

        Assert.True(Record(history, Utc(7, 3, 0), SensorMetric.Temperature, 19.5));
        Assert.False(Record(history, Utc(7, 4, 0), SensorMetric.Temperature, 19.0));

        var night = Assert.Single(history.Days);
        Assert.True(night.NightObserved);
        Assert.Equal(0, night.NightActivity);
    }

    [Fact]
    public void Alarms_are_counted_by_kind_on_their_local_day_and_only_within_eight_weeks()
    {
        var history = new ActivityHistory();

        Assert.True(history.RecordAlarm(IncidentKind.Fall, Utc(6, 23, 30), Today, Oslo));
        Assert.True(history.RecordAlarm(IncidentKind.Fall, Utc(7, 9, 0), Today, Oslo));
        Assert.True(history.RecordAlarm(IncidentKind.MedicationMissed, Utc(7, 9, 0), Today, Oslo));
        Assert.False(history.RecordAlarm(IncidentKind.Fall, Utc(7, 9, 0).AddDays(-56), Today, Oslo));

        var day = Assert.Single(history.Days);
        Assert.Equal(Today, day.Day);
        Assert.Equal(2, day.AlarmsOf(IncidentKind.Fall));
        Assert.Equal(1, day.MissedMedication);
        Assert.Equal(Today, history.Since);
    }

    [Fact]
    public void Days_older_than_eight_weeks_are_forgotten()
    {
        var history = new ActivityHistory();
        history.RecordAlarm(IncidentKind.Fall, Utc(7, 9, 0).AddDays(-55), Today, TimeZoneInfo.Utc);

        Assert.False(history.Trim(Today));
        Assert.True(history.Trim(Today.AddDays(1)));
        Assert.Empty(history.Days);
    }
}
