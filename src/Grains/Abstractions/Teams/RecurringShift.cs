namespace ResponseCentre.Grains.Abstractions.Teams;

/// <summary>
/// A shift a person works every week on the given days, in the roster's time zone. A shift whose
/// end is not after its start runs past midnight into the next day (a night shift 22:00–07:00
/// listed on Monday covers Monday 22:00 to Tuesday 07:00).
/// </summary>
/// <param name="Staff">Who works it.</param>
/// <param name="Days">The days it starts on.</param>
/// <param name="Start">Local start time.</param>
/// <param name="End">Local end time.</param>
[GenerateSerializer, Immutable, Alias("rc.RecurringShift")]
public sealed record RecurringShift(
    [property: Id(0)] StaffId Staff,
    [property: Id(1)] IReadOnlyList<DayOfWeek> Days,
    [property: Id(2)] TimeOnly Start,
    [property: Id(3)] TimeOnly End);
