namespace ResponseCentre.Grains.Abstractions.Sensors;

/// <summary>
/// A window of local time that recurs every day, in the resident's time zone. A window whose
/// end is not after its start runs past midnight (e.g. 23:00 to 06:00).
/// </summary>
/// <param name="From">Start, inclusive.</param>
/// <param name="To">End, exclusive; must differ from <paramref name="From"/>.</param>
[GenerateSerializer, Immutable, Alias("rc.DailyWindow")]
public sealed record DailyWindow([property: Id(0)] TimeOnly From, [property: Id(1)] TimeOnly To);
