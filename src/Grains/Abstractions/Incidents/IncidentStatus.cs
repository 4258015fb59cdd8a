namespace ResponseCentre.Grains.Abstractions.Incidents;

/// <summary>Where an incident is in its lifecycle.</summary>
[GenerateSerializer, Alias("rc.IncidentStatus")]
public enum IncidentStatus
{
    /// <summary>Stored and shown to operators; nobody dispatched yet.</summary>
    Raised = 1,
}
