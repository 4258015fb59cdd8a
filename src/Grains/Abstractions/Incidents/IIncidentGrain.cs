using Orleans.Concurrency;

namespace ResponseCentre.Grains.Abstractions.Incidents;

/// <summary>One incident and its lifecycle. Keyed by <see cref="IncidentId"/>.</summary>
[Alias("rc.IIncidentGrain")]
public interface IIncidentGrain : IGrainWithStringKey
{
    /// <summary>
    /// Stores the incident and publishes it to the feed; returns once it is stored.
    /// Opening an incident that is already open with the same command does nothing.
    /// </summary>
    [Alias("Open")]
    Task<IncidentView> OpenAsync(OpenIncident command);

    /// <summary>The incident, or null when it was never opened.</summary>
    [Alias("GetView"), ReadOnly]
    Task<IncidentView?> GetViewAsync();
}
