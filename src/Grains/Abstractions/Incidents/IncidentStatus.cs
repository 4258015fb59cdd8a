namespace ResponseCentre.Grains.Abstractions.Incidents;

/// <summary>Where an incident is in its lifecycle: Raised, Dispatched, Accepted, EnRoute, OnSite, then Resolved or Cancelled.</summary>
[GenerateSerializer, Alias("rc.IncidentStatus")]
public enum IncidentStatus
{
    /// <summary>Stored and shown to operators; nobody notified yet.</summary>
    Raised = 1,
    /// <summary>Someone has been notified and the escalation clock runs.</summary>
    Dispatched,
    /// <summary>A responder accepted it; escalation stopped.</summary>
    Accepted,
    /// <summary>The responder is on the way.</summary>
    EnRoute,
    /// <summary>The responder is with the resident.</summary>
    OnSite,
    /// <summary>Closed with an outcome.</summary>
    Resolved,
    /// <summary>Closed by the resident ("I'm fine") before anyone accepted.</summary>
    Cancelled,
}
