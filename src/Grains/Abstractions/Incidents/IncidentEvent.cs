namespace ResponseCentre.Grains.Abstractions.Incidents;

/// <summary>What happened to an incident: one line of its timeline.</summary>
[GenerateSerializer, Alias("rc.IncidentEvent")]
public enum IncidentEvent
{
    /// <summary>The alarm arrived and the incident was opened.</summary>
    Raised = 1,
    /// <summary>The same kind of alarm came again within the de-duplication window and joined it.</summary>
    DuplicateJoined,
    /// <summary>An escalation step notified someone.</summary>
    Notified,
    /// <summary>The routed team had nobody on duty (or no team was found): the operators were alerted instead.</summary>
    NobodyOnDuty,
    /// <summary>A step's deadline passed without acceptance.</summary>
    DeadlinePassed,
    /// <summary>Someone notified declined.</summary>
    Declined,
    /// <summary>Someone accepted; escalation stopped.</summary>
    Accepted,
    /// <summary>The responder set off.</summary>
    EnRoute,
    /// <summary>The responder arrived.</summary>
    OnSite,
    /// <summary>Closed with an outcome.</summary>
    Resolved,
    /// <summary>The resident cancelled it.</summary>
    Cancelled,
    /// <summary>Every step and repeat of the policy ran without acceptance; the operators were alerted.</summary>
    EscalationExhausted,
}
