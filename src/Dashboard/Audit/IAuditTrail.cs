namespace ResponseCentre.Dashboard.Audit;

/// <summary>
/// The append-only record of every resident-card read and incident action. The product offers no
/// way to change or remove a row; the stores refuse updates, deletes and overwriting inserts
/// themselves, and each row is hash-chained to the one before (<see cref="AuditChain"/>).
/// </summary>
public interface IAuditTrail
{
    /// <summary>Stores the entry durably, chained to the last row; the audited read or action goes ahead only after this returns.</summary>
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The newest rows first, filtered by resident, user, incident and/or subject when given.</summary>
    Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default);

    /// <summary>Every row with its links, oldest first, for <see cref="AuditChainVerifier"/>.</summary>
    IAsyncEnumerable<ChainedAuditRow> ReadChainAsync(CancellationToken cancellationToken = default);
}

public sealed record AuditQuery(string? Resident, string? User, string? Incident, int Limit, string? Subject = null);
