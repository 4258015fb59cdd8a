namespace ResponseCentre.Grains.Abstractions.Sensors;

/// <summary>
/// One resident's sensor rules: which alarms the readings in their home raise by themselves, and
/// when. Data, validated when set; <see cref="Default"/> applies until a set is stored.
/// </summary>
/// <param name="WanderingRisk">The resident is at risk of wandering, so a door opened at night raises an alarm.</param>
/// <param name="TimeZone">IANA time zone for the local times; null for the tenant's (or UTC when the tenant has none).</param>
/// <param name="Night">The night window for <see cref="NightExit"/> and <see cref="BedNotReturned"/> (default 23:00 to 06:00).</param>
/// <param name="StoveUnattended">Stove on with no motion.</param>
/// <param name="NightExit">A door opened at night.</param>
/// <param name="BedNotReturned">Out of bed at night for too long.</param>
/// <param name="Inactivity">No motion in daytime for too long.</param>
/// <param name="VitalSigns">Vital signs outside the resident's thresholds.</param>
/// <param name="Medication">Scheduled doses not taken.</param>
[GenerateSerializer, Immutable, Alias("rc.SensorRuleSet")]
public sealed record SensorRuleSet(
    [property: Id(0)] bool WanderingRisk,
    [property: Id(1)] string? TimeZone,
    [property: Id(2)] DailyWindow Night,
    [property: Id(3)] StoveUnattendedRule StoveUnattended,
    [property: Id(4)] NightExitRule NightExit,
    [property: Id(5)] BedNotReturnedRule BedNotReturned,
    [property: Id(6)] InactivityRule Inactivity,
    [property: Id(7)] VitalSignRule VitalSigns,
    [property: Id(8)] MedicationRule Medication)
{
    /// <summary>Every rule enabled with its defaults; no wandering risk; the tenant's time zone; night 23:00 to 06:00.</summary>
    public static SensorRuleSet Default { get; } = new(
        WanderingRisk: false,
        TimeZone: null,
        Night: new DailyWindow(new TimeOnly(23, 0), new TimeOnly(6, 0)),
        StoveUnattendedRule.Default,
        NightExitRule.Default,
        BedNotReturnedRule.Default,
        InactivityRule.Default,
        VitalSignRule.Default,
        MedicationRule.Default);
}
