namespace ResponseCentre.Dashboard.Audit;

/// <summary>
/// The append-only record of every resident-card read and incident action. The product offers no
/// way to change or remove a row; the stores refuse updates and deletes themselves.
/// </summary>
public interface IAuditTrail
{
    /// <summary>Stores the entry durably; the audited read or action goes ahead only after this returns.</summary>
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The newest rows first, filtered by resident and/or user when given.</summary>
    Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default);
}

public sealed record AuditQuery(string? Resident, string? User, string? Incident, int Limit);
