using Orleans.Concurrency;

namespace ResponseCentre.Grains.Abstractions.Incidents;

/// <summary>
/// One incident: its lifecycle, timeline and escalation. Keyed by <see cref="IncidentId"/>.
/// Actions the state does not allow throw <see cref="IncidentTransitionException"/> saying why.
/// </summary>
[Alias("rc.IIncidentGrain")]
public interface IIncidentGrain : IGrainWithStringKey
{
    /// <summary>
    /// Stores the incident, publishes it and starts its escalation; returns once it is stored.
    /// Opening an incident that is already open does nothing but publish it again.
    /// </summary>
    [Alias("Open")]
    Task<IncidentView> OpenAsync(OpenIncident command);

    /// <summary>Counts another alarm of the same kind; returns false (and does nothing) when the incident is closed.</summary>
    [Alias("JoinDuplicate")]
    Task<bool> JoinDuplicateAsync(DateTimeOffset deviceTimestamp);

    /// <summary>The incident, or null when it was never opened.</summary>
    [Alias("GetView"), ReadOnly]
    Task<IncidentView?> GetViewAsync();

    /// <summary>The timeline, oldest first.</summary>
    [Alias("GetTimeline"), ReadOnly]
    Task<IReadOnlyList<TimelineEntry>> GetTimelineAsync();

    /// <summary>Accepts the incident, which stops escalation. Staff must have been notified.</summary>
    [Alias("Accept")]
    Task<IncidentView> AcceptAsync(Actor actor);

    /// <summary>Declines it; escalation moves to its next step at once. Staff must have been notified.</summary>
    [Alias("Decline")]
    Task<IncidentView> DeclineAsync(Actor actor);

    /// <summary>The responder who accepted is on the way.</summary>
    [Alias("MarkEnRoute")]
    Task<IncidentView> MarkEnRouteAsync(Actor actor);

    /// <summary>The responder who accepted is with the resident.</summary>
    [Alias("MarkOnSite")]
    Task<IncidentView> MarkOnSiteAsync(Actor actor);

    /// <summary>Closes it with an outcome. Staff must be the responder who accepted; operators may resolve at any time.</summary>
    [Alias("Resolve")]
    Task<IncidentView> ResolveAsync(Actor actor, IncidentOutcome outcome);

    /// <summary>The resident cancels it ("I'm fine"); allowed only before anyone accepted.</summary>
    [Alias("Cancel")]
    Task<IncidentView> CancelAsync(Actor actor);
}
