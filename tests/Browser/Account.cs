namespace ResponseCentre.Browser.Tests;

/// <summary>A seeded demo account and the page its role lands on after signing in.</summary>
public sealed record Account(string UserName, string Password, string LandingPage)
{
    public static Account Admin { get; } = new("admin", "demo-admin", "index.html");

    public static Account Operator { get; } = new("operator", "demo-operator", "index.html");

    /// <summary>Field staff demo-nurse-01 of team demo-home-nursing, first asked for the demo residents' alarms.</summary>
    public static Account Nurse1 { get; } = new("nurse1", "demo-nurse", "staff.html");
}
