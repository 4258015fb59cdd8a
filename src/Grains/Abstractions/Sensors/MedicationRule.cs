namespace ResponseCentre.Grains.Abstractions.Sensors;

/// <summary>
/// A dose is due at each of <paramref name="DoseTimes"/> every day; when no dose was marked taken
/// (<c>IResidentGrain.MarkDoseTakenAsync</c>) from <paramref name="Grace"/> before it until
/// <paramref name="Grace"/> after it, a medication-missed alarm is raised. Doses due before the
/// schedule was first evaluated are not checked.
/// </summary>
/// <param name="Enabled">False to never raise it.</param>
/// <param name="DoseTimes">Local times of day; empty for no schedule. At least twice the grace apart, so one dose taken counts for one dose due.</param>
/// <param name="Grace">How early or late a dose may be taken (default 30 minutes).</param>
[GenerateSerializer, Immutable, Alias("rc.MedicationRule")]
public sealed record MedicationRule(
    [property: Id(0)] bool Enabled,
    [property: Id(1)] IReadOnlyList<TimeOnly> DoseTimes,
    [property: Id(2)] TimeSpan Grace)
{
    /// <summary>Enabled, no doses scheduled, 30 minutes' grace.</summary>
    public static MedicationRule Default { get; } = new(true, [], TimeSpan.FromMinutes(30));
}
