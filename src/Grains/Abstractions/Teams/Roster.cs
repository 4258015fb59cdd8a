namespace ResponseCentre.Grains.Abstractions.Teams;

/// <summary>Who in a team works when.</summary>
/// <param name="TimeZone">IANA time zone the shifts' local times are in, e.g. <c>Europe/Oslo</c>.</param>
/// <param name="Shifts">The recurring weekly shifts.</param>
/// <param name="Overrides">Extra shifts and absences, which win over the recurring shifts.</param>
[GenerateSerializer, Immutable, Alias("rc.Roster")]
public sealed record Roster(
    [property: Id(0)] string TimeZone,
    [property: Id(1)] IReadOnlyList<RecurringShift> Shifts,
    [property: Id(2)] IReadOnlyList<RosterOverride> Overrides);
