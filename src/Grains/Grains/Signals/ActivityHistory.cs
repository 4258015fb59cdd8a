using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.Grains.Abstractions.Signals;

namespace ResponseCentre.Grains.Signals;

/// <summary>
/// A resident's daily counters for the last <see cref="RetainedDays"/> local days, and the bed state
/// needed to see a bed exit. Readings themselves are not kept: the time series has them.
/// </summary>
[GenerateSerializer, Alias("rc.ActivityHistory")]
public sealed class ActivityHistory
{
    /// <summary>Eight weeks: a recent week against several usual ones, and bounded state.</summary>
    public const int RetainedDays = 56;

    // On/off metrics are 1 and 0; anything from a half up counts as on.
    private const double On = 0.5;

    /// <summary>The first day anything was recorded: days from then on without entries were quiet, not unknown.</summary>
    [Id(0)] public DateOnly? Since { get; set; }

    /// <summary>Days with something recorded, oldest first.</summary>
    [Id(1)] public List<DailyActivity> Days { get; set; } = [];

    /// <summary>Whether the resident was last seen in bed; null before any bed reading.</summary>
    [Id(2)] public bool? InBed { get; set; }

    /// <summary>When <see cref="InBed"/> last changed, so a delayed reading cannot undo a newer one.</summary>
    [Id(3)] public DateTimeOffset? InBedChangedAt { get; set; }

    /// <summary>The first local day still retained on <paramref name="today"/>.</summary>
    public static DateOnly FirstRetained(DateOnly today) => today.AddDays(1 - RetainedDays);

    /// <summary>The day's counters; empty when nothing was recorded that day.</summary>
    public DailyActivity DayOf(DateOnly day) => Days.Find(d => d.Day == day) ?? DailyActivity.Empty(day);

    /// <summary>Counts an alarm on its local day; false when it is older than the history.</summary>
    public bool RecordAlarm(IncidentKind kind, DateTimeOffset at, DateOnly today, TimeZoneInfo zone)
    {
        var day = Min(NightClock.LocalDate(at, zone), today);
        if (day < FirstRetained(today))
        {
            return false;
        }

        Update(day, d => d with { Alarms = new Dictionary<IncidentKind, int>(d.Alarms) { [kind] = d.AlarmsOf(kind) + 1 } });
        return true;
    }

    /// <summary>
    /// Counts motion and bed exits during the night the readings fall in. True when anything that
    /// must be stored changed; readings by day change nothing but the bed state.
    /// </summary>
    public bool RecordReadings(IReadOnlyList<SensorReading> readings, DateTimeOffset measuredAt, DateOnly today, RiskSignalPolicy policy, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(readings);
        ArgumentNullException.ThrowIfNull(policy);
        var night = NightClock.NightOf(measuredAt, zone, policy.NightStarts, policy.NightEnds);
        var changed = false;
        var counted = 0;
        foreach (var reading in readings)
        {
            var on = reading.Value >= On;
            if (reading.Metric == SensorMetric.Motion && on)
            {
                counted++;
            }
            else if (reading.Metric == SensorMetric.BedOccupied && InBed != on && !(InBedChangedAt > measuredAt))
            {
                counted += InBed == true ? 1 : 0;
                (InBed, InBedChangedAt, changed) = (on, measuredAt, true);
            }
        }

        // A device whose clock runs ahead could otherwise write days that never get trimmed.
        if (night is not { } date || date > today || date < FirstRetained(today))
        {
            return changed;
        }

        var before = DayOf(date);
        if (counted > 0 || !before.NightObserved)
        {
            Update(date, d => d with { NightActivity = d.NightActivity + counted, NightObserved = true });
            changed = true;
        }

        return changed;
    }

    /// <summary>Forgets days no longer retained; true when any were.</summary>
    public bool Trim(DateOnly today) => Days.RemoveAll(d => d.Day < FirstRetained(today)) > 0;

    private void Update(DateOnly day, Func<DailyActivity, DailyActivity> change)
    {
        Since = Since is { } since ? Min(since, day) : day;
        var index = Days.FindIndex(d => d.Day >= day);
        if (index >= 0 && Days[index].Day == day)
        {
            Days[index] = change(Days[index]);
        }
        else
        {
            Days.Insert(index < 0 ? Days.Count : index, change(DailyActivity.Empty(day)));
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
