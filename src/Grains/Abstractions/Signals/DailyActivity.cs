using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Abstractions.Signals;

/// <summary>One local day of a resident's history, as counters only.</summary>
/// <param name="Day">The local date, in the resident's tenant's time zone.</param>
/// <param name="Alarms">Alarms raised on the day, by kind; kinds without alarms are absent.</param>
/// <param name="NightActivity">Motion seen and bed exits during the night that starts on the evening of <paramref name="Day"/>.</param>
/// <param name="NightObserved">Whether any reading arrived during that night: a night without readings is unknown, not calm.</param>
[GenerateSerializer, Immutable, Alias("rc.DailyActivity")]
public sealed record DailyActivity(
    [property: Id(0)] DateOnly Day,
    [property: Id(1)] IReadOnlyDictionary<IncidentKind, int> Alarms,
    [property: Id(2)] int NightActivity,
    [property: Id(3)] bool NightObserved)
{
    /// <summary>A day with nothing recorded yet.</summary>
    public static DailyActivity Empty(DateOnly day) => new(day, new Dictionary<IncidentKind, int>(), 0, false);

    /// <summary>Medication doses reported missed on the day.</summary>
    public int MissedMedication => AlarmsOf(IncidentKind.MedicationMissed);

    /// <summary>Alarms of every kind on the day.</summary>
    public int TotalAlarms => Alarms.Values.Sum();

    /// <summary>Alarms of <paramref name="kind"/> on the day.</summary>
    public int AlarmsOf(IncidentKind kind) => Alarms.GetValueOrDefault(kind);
}
