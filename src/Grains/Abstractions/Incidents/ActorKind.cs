namespace ResponseCentre.Grains.Abstractions.Incidents;

/// <summary>Who acted on an incident.</summary>
[GenerateSerializer, Alias("rc.ActorKind")]
public enum ActorKind
{
    /// <summary>The centre itself: routing, deadlines.</summary>
    System = 1,
    /// <summary>The resident, through a device.</summary>
    Resident,
    /// <summary>A response-centre operator.</summary>
    Operator,
    /// <summary>A field responder (nurse, care worker, team lead).</summary>
    Staff,
}
