namespace ResponseCentre.Grains.Abstractions.Teams;

/// <summary>
/// An exception to the recurring shifts for one person over a period: an extra shift
/// (<paramref name="OnDuty"/> true) or an absence such as sick leave (false). Overrides win over shifts.
/// </summary>
/// <param name="Staff">Who.</param>
/// <param name="From">Start, inclusive.</param>
/// <param name="To">End, exclusive.</param>
/// <param name="OnDuty">True for an extra shift, false for an absence.</param>
[GenerateSerializer, Immutable, Alias("rc.RosterOverride")]
public sealed record RosterOverride(
    [property: Id(0)] StaffId Staff,
    [property: Id(1)] DateTimeOffset From,
    [property: Id(2)] DateTimeOffset To,
    [property: Id(3)] bool OnDuty);
