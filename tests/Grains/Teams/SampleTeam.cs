using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Tests.Teams;

/// <summary>A small home nursing team: a lead and two responders.</summary>
internal static class SampleTeam
{
    public static readonly StaffId Lead = new("lead-1");
    public static readonly StaffId Day = new("nurse-day");
    public static readonly StaffId Night = new("nurse-night");

    public static TeamDefinition Define(string id) => new(
        new TeamId(id),
        new TenantId("oslo"),
        "Frogner home nursing",
        TeamKind.HomeNursing,
        "Frogner",
        [
            new TeamMember(Day, "Kari Nordmann", TeamRole.Responder),
            new TeamMember(Lead, "Ola Leder", TeamRole.Lead),
            new TeamMember(Night, "Nils Natt", TeamRole.Responder),
        ]);

    public static Roster Roster(params RecurringShift[] shifts) => new("Europe/Oslo", shifts, []);

    public static RecurringShift Shift(StaffId staff, TimeOnly start, TimeOnly end, params DayOfWeek[] days) =>
        new(staff, days, start, end);

    public static RecurringShift Weekdays(StaffId staff, TimeOnly start, TimeOnly end) =>
        Shift(staff, start, end, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday);

    public static RecurringShift EveryDay(StaffId staff, TimeOnly start, TimeOnly end) =>
        Shift(staff, start, end, Enum.GetValues<DayOfWeek>());
}
