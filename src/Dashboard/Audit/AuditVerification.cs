namespace ResponseCentre.Dashboard.Audit;

/// <summary>
/// The outcome of walking the chain: intact with the row count and the last row's id and hash
/// (note them elsewhere: a rewrite of the tail changes them), or the first broken row and why.
/// </summary>
public sealed record AuditVerification(bool Intact, long Rows, long? BrokenRow, string? Problem, long? LastRow, string? LastHash);
