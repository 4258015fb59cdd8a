using System.Runtime.CompilerServices;
using Npgsql;

namespace ResponseCentre.Dashboard.Audit;

/// <summary>
/// The audit trail in the cluster's PostgreSQL database, beside Orleans' tables. Several nodes
/// append: each append takes a transaction-scoped advisory lock, reads the last row and writes the
/// next one chained to it, so the chain follows the id order whichever node wrote.
/// </summary>
public sealed class PostgresAuditTrail : IAuditTrail, IDisposable
{
    private const long AppendLock = 4711002;
    private const string Columns = "id, at, user_name, role, action, resident, incident, detail, subject";

    private readonly NpgsqlDataSource _dataSource;
    private Task? _schema;

    public PostgresAuditTrail(string connectionString)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockAppends = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({AppendLock})", connection, transaction))
        {
            await lockAppends.ExecuteNonQueryAsync(cancellationToken);
        }

        var (lastId, lastHash) = (0L, AuditChain.Genesis);
        await using (var head = new NpgsqlCommand("SELECT id, hash FROM rc_audit_trail ORDER BY id DESC LIMIT 1", connection, transaction))
        await using (var reader = await head.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                (lastId, lastHash) = (reader.GetInt64(0), reader.IsDBNull(1) ? AuditChain.Genesis : reader.GetString(1));
            }
        }

        var row = entry with { Id = lastId + 1, At = AuditChain.StoredPrecision(entry.At) };
        await using (var insert = new NpgsqlCommand($"""
            INSERT INTO rc_audit_trail ({Columns}, previous_hash, hash) OVERRIDING SYSTEM VALUE
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            """, connection, transaction))
        {
            insert.Parameters.AddWithValue(row.Id);
            insert.Parameters.AddWithValue(row.At.UtcDateTime);
            insert.Parameters.AddWithValue(row.User);
            insert.Parameters.AddWithValue(row.Role);
            insert.Parameters.AddWithValue(row.Action);
            insert.Parameters.AddWithValue((object?)row.Resident ?? DBNull.Value);
            insert.Parameters.AddWithValue((object?)row.Incident ?? DBNull.Value);
            insert.Parameters.AddWithValue((object?)row.Detail ?? DBNull.Value);
            insert.Parameters.AddWithValue((object?)row.Subject ?? DBNull.Value);
            insert.Parameters.AddWithValue(lastHash);
            insert.Parameters.AddWithValue(AuditChain.Hash(lastHash, row));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync();
        await using var command = _dataSource.CreateCommand($"""
            SELECT {Columns} FROM rc_audit_trail
            WHERE ($1::text IS NULL OR resident = $1) AND ($2::text IS NULL OR user_name = $2)
                AND ($3::text IS NULL OR incident = $3) AND ($4::text IS NULL OR subject = $4)
            ORDER BY id DESC LIMIT $5
            """);
        command.Parameters.AddWithValue((object?)query.Resident ?? DBNull.Value);
        command.Parameters.AddWithValue((object?)query.User ?? DBNull.Value);
        command.Parameters.AddWithValue((object?)query.Incident ?? DBNull.Value);
        command.Parameters.AddWithValue((object?)query.Subject ?? DBNull.Value);
        command.Parameters.AddWithValue(query.Limit);
        var rows = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(Read(reader));
        }

        return rows;
    }

    public async IAsyncEnumerable<ChainedAuditRow> ReadChainAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync();
        await using var command = _dataSource.CreateCommand($"SELECT {Columns}, previous_hash, hash FROM rc_audit_trail ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new ChainedAuditRow(Read(reader), Text(reader, 9), Text(reader, 10));
        }
    }

    public void Dispose() => _dataSource.Dispose();

    private static AuditEntry Read(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), new DateTimeOffset(reader.GetDateTime(1), TimeSpan.Zero), reader.GetString(2), reader.GetString(3), reader.GetString(4),
        Text(reader, 5), Text(reader, 6), Text(reader, 7), Text(reader, 8));

    private static string? Text(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    /// <summary>Creates the table once; a failed attempt (database unreachable) is tried again by the next caller.</summary>
    private Task EnsureSchemaAsync()
    {
        var schema = _schema;
        if (schema is null || schema.IsFaulted || schema.IsCanceled)
        {
            schema = CreateSchemaAsync();
            _schema = schema;
        }

        return schema;
    }

    private async Task CreateSchemaAsync()
    {
        // Several nodes may start at once: the transaction's advisory lock lets one of them create the table and trigger.
        // Statement-level BEFORE UPDATE triggers also fire for INSERT ... ON CONFLICT DO UPDATE and MERGE, so no insert
        // overwrites a row; TRUNCATE fires no delete trigger and gets its own.
        await using var command = _dataSource.CreateCommand("""
            BEGIN;
            SELECT pg_advisory_xact_lock(4711001);
            CREATE TABLE IF NOT EXISTS rc_audit_trail (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at TIMESTAMPTZ NOT NULL, user_name TEXT NOT NULL, role TEXT NOT NULL,
                action TEXT NOT NULL, resident TEXT NULL, incident TEXT NULL, detail TEXT NULL);
            ALTER TABLE rc_audit_trail ADD COLUMN IF NOT EXISTS subject TEXT NULL;
            ALTER TABLE rc_audit_trail ADD COLUMN IF NOT EXISTS previous_hash TEXT NULL;
            ALTER TABLE rc_audit_trail ADD COLUMN IF NOT EXISTS hash TEXT NULL;
            CREATE INDEX IF NOT EXISTS rc_audit_trail_by_resident ON rc_audit_trail (resident, id);
            CREATE INDEX IF NOT EXISTS rc_audit_trail_by_user ON rc_audit_trail (user_name, id);
            CREATE INDEX IF NOT EXISTS rc_audit_trail_by_subject ON rc_audit_trail (subject, id);
            CREATE OR REPLACE FUNCTION rc_audit_trail_append_only() RETURNS trigger LANGUAGE plpgsql AS
                $$ BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$;
            DROP TRIGGER IF EXISTS rc_audit_trail_no_change ON rc_audit_trail;
            CREATE TRIGGER rc_audit_trail_no_change BEFORE UPDATE OR DELETE OR TRUNCATE ON rc_audit_trail
                FOR EACH STATEMENT EXECUTE FUNCTION rc_audit_trail_append_only();
            COMMIT;
            """);
        await command.ExecuteNonQueryAsync();
    }
}
