namespace ResponseCentre.Grains.Abstractions.Statistics;

/// <summary>A tenant's closed incidents, for the response-time KPIs. Keyed by tenant id.</summary>
[Alias("rc.IIncidentStatsGrain")]
public interface IIncidentStatsGrain : IGrainWithStringKey
{
    /// <summary>Records a closed incident (idempotent per incident) and returns once it is stored.</summary>
    [Alias("Record")]
    Task RecordAsync(ClosedIncident incident);

    /// <summary>The incidents closed in [<paramref name="since"/>, <paramref name="until"/>), oldest first.</summary>
    [Alias("GetClosed")]
    Task<IReadOnlyList<ClosedIncident>> GetClosedAsync(DateTimeOffset since, DateTimeOffset until);
}
