namespace ResponseCentre.Grains.Abstractions.Teams;

/// <summary>A member's role in a team.</summary>
[GenerateSerializer, Alias("rc.TeamRole")]
public enum TeamRole
{
    /// <summary>Goes out to residents.</summary>
    Responder = 1,
    /// <summary>Leads the team and is its escalation target; may also respond.</summary>
    Lead,
}
