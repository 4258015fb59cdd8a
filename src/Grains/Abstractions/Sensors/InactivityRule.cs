namespace ResponseCentre.Grains.Abstractions.Sensors;

/// <summary>
/// No motion in the home for <paramref name="After"/> of one day's <paramref name="Daytime"/> window:
/// raises an inactivity alarm. Time outside the window does not count (a resident asleep at 07:00
/// is not inactive). It applies once a motion sensor has reported; the next motion re-arms it.
/// </summary>
/// <param name="Enabled">False to never raise it.</param>
/// <param name="After">How long without motion (default 4 hours); at most the window's length.</param>
/// <param name="Daytime">When inactivity counts (default 08:00 to 22:00).</param>
[GenerateSerializer, Immutable, Alias("rc.InactivityRule")]
public sealed record InactivityRule(
    [property: Id(0)] bool Enabled,
    [property: Id(1)] TimeSpan After,
    [property: Id(2)] DailyWindow Daytime)
{
    /// <summary>Enabled, 4 hours, 08:00 to 22:00.</summary>
    public static InactivityRule Default { get; } = new(true, TimeSpan.FromHours(4), new DailyWindow(new TimeOnly(8, 0), new TimeOnly(22, 0)));
}
