using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Teams;

/// <summary>Decides who a roster puts on duty at a moment.</summary>
public static class RosterPolicy
{
    /// <summary>
    /// The staff on duty at <paramref name="at"/>: those whose recurring shift covers the local wall-clock
    /// time in the roster's time zone, plus extra-shift overrides, minus absences. An absence wins over an
    /// extra shift covering the same moment. Ordered by first appearance in the shifts, then the overrides.
    /// </summary>
    public static IReadOnlyList<StaffId> OnDutyAt(Roster roster, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var local = TimeZoneInfo.ConvertTime(at, RosterTimeZone.Resolve(roster.TimeZone)).DateTime;

        var onDuty = roster.Shifts.Where(shift => Covers(shift, local)).Select(shift => shift.Staff).ToHashSet();
        var current = roster.Overrides.Where(o => o.From <= at && at < o.To).ToList();
        onDuty.UnionWith(current.Where(o => o.OnDuty).Select(o => o.Staff));
        onDuty.ExceptWith(current.Where(o => !o.OnDuty).Select(o => o.Staff));

        return roster.Shifts.Select(shift => shift.Staff)
            .Concat(roster.Overrides.Select(o => o.Staff))
            .Distinct()
            .Where(onDuty.Contains)
            .ToList();
    }

    /// <summary>Whether the shift covers a local wall-clock time, either from its start today or from yesterday's start past midnight.</summary>
    public static bool Covers(RecurringShift shift, DateTime local)
    {
        ArgumentNullException.ThrowIfNull(shift);
        var time = TimeOnly.FromDateTime(local);
        var crossesMidnight = shift.End <= shift.Start;

        var startedToday = shift.Days.Contains(local.DayOfWeek)
            && time >= shift.Start
            && (crossesMidnight || time < shift.End);
        var startedYesterday = crossesMidnight
            && shift.Days.Contains(local.AddDays(-1).DayOfWeek)
            && time < shift.End;

        return startedToday || startedYesterday;
    }
}
