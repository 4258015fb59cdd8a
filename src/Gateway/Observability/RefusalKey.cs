namespace ResponseCentre.Gateway.Observability;

/// <summary>What repeated refusals are grouped by: the kind of refusal, who was refused, and why.</summary>
internal readonly record struct RefusalKey(string Kind, string Source, string Reason);
