using System.Globalization;

namespace ResponseCentre.Browser.Tests;

/// <summary>
/// A seeded simulated resident of tenant demo (sim-r-0001..sim-r-1000, device sim-0001..sim-1000),
/// routed to team demo-home-nursing. Each test takes fresh ones so open incidents never mix.
/// </summary>
public sealed record SimResident(int Number)
{
    // The end-to-end tests use low numbers on their own app; keep clear of them anyway.
    private static int s_last = 600;

    public string Id => string.Create(CultureInfo.InvariantCulture, $"sim-r-{Number:D4}");

    public string DeviceId => string.Create(CultureInfo.InvariantCulture, $"sim-{Number:D4}");

    public string Name => string.Create(CultureInfo.InvariantCulture, $"Simulated resident {Number}");

    public static SimResident Next() => new(Interlocked.Increment(ref s_last));
}
