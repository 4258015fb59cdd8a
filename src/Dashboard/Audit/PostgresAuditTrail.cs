using Npgsql;

namespace ResponseCentre.Dashboard.Audit;

/// <summary>The audit trail in the cluster's PostgreSQL database, beside Orleans' tables.</summary>
public sealed class PostgresAuditTrail : IAuditTrail, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private Task? _schema;

    public PostgresAuditTrail(string connectionString)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync();
        await using var command = _dataSource.CreateCommand(
            "INSERT INTO rc_audit_trail (at, user_name, role, action, resident, incident, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)");
        command.Parameters.AddWithValue(entry.At.UtcDateTime);
        command.Parameters.AddWithValue(entry.User);
        command.Parameters.AddWithValue(entry.Role);
        command.Parameters.AddWithValue(entry.Action);
        command.Parameters.AddWithValue((object?)entry.Resident ?? DBNull.Value);
        command.Parameters.AddWithValue((object?)entry.Incident ?? DBNull.Value);
        command.Parameters.AddWithValue((object?)entry.Detail ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync();
        await using var command = _dataSource.CreateCommand("""
            SELECT id, at, user_name, role, action, resident, incident, detail FROM rc_audit_trail
            WHERE ($1::text IS NULL OR resident = $1) AND ($2::text IS NULL OR user_name = $2) AND ($3::text IS NULL OR incident = $3)
            ORDER BY id DESC LIMIT $4
            """);
        command.Parameters.AddWithValue((object?)query.Resident ?? DBNull.Value);
        command.Parameters.AddWithValue((object?)query.User ?? DBNull.Value);
        command.Parameters.AddWithValue((object?)query.Incident ?? DBNull.Value);
        command.Parameters.AddWithValue(query.Limit);
        var rows = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new AuditEntry(
                reader.GetInt64(0), new DateTimeOffset(reader.GetDateTime(1), TimeSpan.Zero), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return rows;
    }

    public void Dispose() => _dataSource.Dispose();

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
        await using var command = _dataSource.CreateCommand("""
            BEGIN;
            SELECT pg_advisory_xact_lock(4711001);
            CREATE TABLE IF NOT EXISTS rc_audit_trail (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at TIMESTAMPTZ NOT NULL, user_name TEXT NOT NULL, role TEXT NOT NULL,
                action TEXT NOT NULL, resident TEXT NULL, incident TEXT NULL, detail TEXT NULL);
            CREATE INDEX IF NOT EXISTS rc_audit_trail_by_resident ON rc_audit_trail (resident, id);
            CREATE INDEX IF NOT EXISTS rc_audit_trail_by_user ON rc_audit_trail (user_name, id);
            CREATE OR REPLACE FUNCTION rc_audit_trail_append_only() RETURNS trigger LANGUAGE plpgsql AS
                $$ BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$;
            DROP TRIGGER IF EXISTS rc_audit_trail_no_change ON rc_audit_trail;
            CREATE TRIGGER rc_audit_trail_no_change BEFORE UPDATE OR DELETE ON rc_audit_trail
                FOR EACH STATEMENT EXECUTE FUNCTION rc_audit_trail_append_only();
            COMMIT;
            """);
        await command.ExecuteNonQueryAsync();
    }
}
