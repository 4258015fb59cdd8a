namespace ResponseCentre.Grains.Abstractions.Escalation;

/// <summary>One step of an escalation policy: notify someone, then wait for an acceptance.</summary>
/// <param name="Notify">Who to notify.</param>
/// <param name="Wait">How long to wait for an acceptance before the next step; must be positive.</param>
[GenerateSerializer, Immutable, Alias("rc.EscalationStep")]
public sealed record EscalationStep([property: Id(0)] NotifyTarget Notify, [property: Id(1)] TimeSpan Wait);
