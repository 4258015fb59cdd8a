namespace ResponseCentre.Grains.Abstractions.Incidents;

/// <summary>How an incident ended.</summary>
[GenerateSerializer, Alias("rc.IncidentOutcome")]
public enum IncidentOutcome
{
    /// <summary>Help was given.</summary>
    HelpGiven = 1,
    /// <summary>A false alarm.</summary>
    FalseAlarm,
    /// <summary>The resident needed no help.</summary>
    NoHelpNeeded,
    /// <summary>Handed to emergency services.</summary>
    HandedToEmergencyServices,
    /// <summary>A technical fault was fixed.</summary>
    TechnicalFix,
    /// <summary>A technical fault cleared by itself (contact returned, battery charged, mains back, tamper ended); resolved by the system.</summary>
    ClearedItself,
}
