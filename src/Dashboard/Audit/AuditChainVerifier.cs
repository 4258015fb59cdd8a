namespace ResponseCentre.Dashboard.Audit;

/// <summary>Walks the rows oldest first and stops at the first one whose link or content does not add up.</summary>
public static class AuditChainVerifier
{
    public static async Task<AuditVerification> VerifyAsync(IAsyncEnumerable<ChainedAuditRow> rows, CancellationToken cancellationToken = default)
    {
        var previous = AuditChain.Genesis;
        long count = 0;
        long? lastRow = null;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var id = row.Entry.Id;
            if (row.PreviousHash != previous)
            {
                var before = lastRow is { } last ? $"row {last}'s hash" : "the start of the chain";
                return new AuditVerification(false, count, id, $"row {id} does not link to {before}: a row before it was changed, removed or inserted", lastRow, previous);
            }

            if (row.Hash != AuditChain.Hash(previous, row.Entry))
            {
                return new AuditVerification(false, count, id, $"row {id}'s content does not match its hash: the row was changed", lastRow, previous);
            }

            previous = row.Hash;
            lastRow = id;
            count++;
        }

        return new AuditVerification(true, count, null, null, lastRow, count == 0 ? null : previous);
    }
}
