using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Teams;

/// <summary>Reads a roster from an iCalendar (RFC 5545) file exported by a rota planner or a shared calendar.</summary>
public static class ICalendarRosterImport
{
    /// <summary>
    /// Turns each VEVENT of <paramref name="icsText"/> into a shift or an override of a roster in <paramref name="timeZone"/>.
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>Who: the event's SUMMARY, trimmed, must be one of <paramref name="knownStaff"/> (exact, case-sensitive). Attendees are not read.</item>
    /// <item>STATUS:CANCELLED events are skipped.</item>
    /// <item>CATEGORIES containing <c>absence</c> (any case): an absence (<see cref="RosterOverride"/> with OnDuty false)
    /// from DTSTART to DTEND. An absence must not recur.</item>
    /// <item>An RRULE with FREQ=WEEKLY (days from BYDAY, or DTSTART's day without it) or FREQ=DAILY (every day), INTERVAL 1:
    /// a <see cref="RecurringShift"/> with DTSTART's and DTEND's wall-clock times in <paramref name="timeZone"/>, lasting at most a day.
    /// UNTIL, COUNT and EXDATE are ignored: the shift repeats until the roster is replaced. Other rules are refused.</item>
    /// <item>Any other event, including a moved instance (RECURRENCE-ID): an extra shift (OnDuty true) for its period.</item>
    /// </list>
    /// Times without TZID or Z are read in <paramref name="timeZone"/>; a date without a time is local midnight.
    /// </remarks>
    /// <exception cref="ArgumentException">The calendar cannot be read, or an event names unknown staff or cannot be mapped; the message names the event.</exception>
    public static Roster Import(string icsText, string timeZone, IReadOnlyCollection<StaffId> knownStaff)
    {
        ArgumentNullException.ThrowIfNull(knownStaff);
        var zone = RosterTimeZone.Resolve(timeZone);
        var known = knownStaff.ToHashSet();
        var shifts = new List<RecurringShift>();
        var overrides = new List<RosterOverride>();

        foreach (var calendarEvent in Load(icsText).Events)
        {
            if (string.Equals(calendarEvent.Status, EventStatus.Cancelled, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var eventName = $"event '{calendarEvent.Summary?.Trim()}' (UID {calendarEvent.Uid})";
            var staff = StaffOf(calendarEvent, known, eventName);
            var period = ICalendarEventPeriod.Of(calendarEvent, zone, eventName);
            var rule = calendarEvent.RecurrenceRule;
            var isAbsence = calendarEvent.Categories.Any(c => string.Equals(c.Trim(), "absence", StringComparison.OrdinalIgnoreCase));

            if (isAbsence && rule is not null)
            {
                throw new ArgumentException($"{eventName} is a recurring absence; list each absence as its own event.");
            }

            if (rule is null)
            {
                overrides.Add(new RosterOverride(staff, period.From, period.To, OnDuty: !isAbsence));
            }
            else
            {
                shifts.Add(RecurringShiftOf(staff, rule, period, zone, eventName));
            }
        }

        return new Roster(timeZone, shifts, overrides);
    }

    private static Calendar Load(string icsText)
    {
        Calendar? calendar;
        try
        {
            calendar = Calendar.Load(icsText);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new ArgumentException($"The calendar cannot be read: {ex.Message}", ex);
        }

        return calendar ?? throw new ArgumentException("The calendar is empty: expected BEGIN:VCALENDAR.");
    }

    private static StaffId StaffOf(CalendarEvent calendarEvent, HashSet<StaffId> known, string eventName)
    {
        var summary = calendarEvent.Summary?.Trim();
        if (string.IsNullOrEmpty(summary))
        {
            throw new ArgumentException($"{eventName} has no SUMMARY naming a staff id.");
        }

        var staff = new StaffId(summary);
        return known.Contains(staff)
            ? staff
            : throw new ArgumentException($"{eventName}: SUMMARY '{summary}' is not a member of the team.");
    }

    private static RecurringShift RecurringShiftOf(StaffId staff, RecurrenceRule rule, ICalendarEventPeriod period, TimeZoneInfo zone, string eventName)
    {
        if (rule.Interval > 1)
        {
            throw new ArgumentException($"{eventName} repeats every {rule.Interval} periods; only weekly or daily shifts are supported.");
        }

        if (period.To - period.From > TimeSpan.FromDays(1))
        {
            throw new ArgumentException($"{eventName} is a recurring shift longer than a day.");
        }

        var start = TimeZoneInfo.ConvertTime(period.From, zone).DateTime;
        var end = TimeZoneInfo.ConvertTime(period.To, zone).DateTime;
        IEnumerable<DayOfWeek> writtenDays = rule.Frequency switch
        {
            FrequencyType.Weekly when rule.ByDay.Count > 0 => rule.ByDay.Select(day => day.DayOfWeek),
            FrequencyType.Weekly => [period.WrittenStartDate.DayOfWeek],
            FrequencyType.Daily => Enum.GetValues<DayOfWeek>(),
            _ => throw new ArgumentException($"{eventName} repeats {rule.Frequency}; only weekly or daily shifts are supported."),
        };

        // BYDAY is in the event's own zone; moving to the roster's zone can move the start across midnight.
        var dayShift = DateOnly.FromDateTime(start).DayNumber - period.WrittenStartDate.DayNumber;
        var days = writtenDays.Select(day => (DayOfWeek)(((int)day + dayShift + 7) % 7)).Distinct().Order().ToList();
        return new RecurringShift(staff, days, TimeOnly.FromDateTime(start), TimeOnly.FromDateTime(end));
    }
}
