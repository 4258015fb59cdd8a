namespace ResponseCentre.Grains.Abstractions.Incidents;

/// <summary>How urgent an incident is; a lower value is more urgent, so the queue sorts ascending.</summary>
[GenerateSerializer, Alias("rc.IncidentPriority")]
public enum IncidentPriority
{
    /// <summary>A life may be at risk: falls, fire, seizures, critical vital signs.</summary>
    LifeThreatening = 1,
    /// <summary>The resident needs help: assistance calls and care sensors.</summary>
    Assistance = 2,
    /// <summary>A technical fault with no direct risk to life.</summary>
    Technical = 3,
}
