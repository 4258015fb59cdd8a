namespace ResponseCentre.Dashboard.Audit;

/// <summary>A stored row with its link in the chain: the hash it names as previous, and its own.</summary>
public sealed record ChainedAuditRow(AuditEntry Entry, string? PreviousHash, string? Hash);
