namespace ResponseCentre.Grains.Abstractions.Escalation;

/// <summary>Who an escalation step notifies.</summary>
[GenerateSerializer, Alias("rc.NotifyTarget")]
public enum NotifyTarget
{
    /// <summary>One on-duty responder of the routed team (the next one not yet asked).</summary>
    OnDutyResponder = 1,
    /// <summary>Everyone on duty in the routed team.</summary>
    WholeTeam,
    /// <summary>The routed team's leads.</summary>
    TeamLead,
    /// <summary>The response centre's operators.</summary>
    Operators,
    /// <summary>Emergency services (113): the operators are told to call them.</summary>
    EmergencyServices,
}
