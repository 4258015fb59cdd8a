using Microsoft.Data.Sqlite;
using ResponseCentre.Storage.Sqlite;

namespace ResponseCentre.Dashboard.Audit;

/// <summary>The audit trail in the embedded default's database file, written through its durable group-committing writer.</summary>
public sealed class SqliteAuditTrail : IAuditTrail
{
    private readonly SqliteDatabase _database;

    public SqliteAuditTrail(SqliteDatabase database)
    {
        _database = database;
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        // The triggers make the table append-only for every client of the file, not only this product.
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS audit_trail (
                id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, user_name TEXT NOT NULL, role TEXT NOT NULL,
                action TEXT NOT NULL, resident TEXT NULL, incident TEXT NULL, detail TEXT NULL);
            CREATE INDEX IF NOT EXISTS audit_trail_by_resident ON audit_trail (resident, id);
            CREATE INDEX IF NOT EXISTS audit_trail_by_user ON audit_trail (user_name, id);
            CREATE TRIGGER IF NOT EXISTS audit_trail_no_update BEFORE UPDATE ON audit_trail
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            CREATE TRIGGER IF NOT EXISTS audit_trail_no_delete BEFORE DELETE ON audit_trail
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            """;
        command.ExecuteNonQuery();
    }

    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default) =>
        _database.WriteAsync(
            "INSERT INTO audit_trail (at, user_name, role, action, resident, incident, detail) VALUES ($at, $user, $role, $action, $resident, $incident, $detail)",
            ("$at", entry.At.UtcDateTime.ToString("O")), ("$user", entry.User), ("$role", entry.Role), ("$action", entry.Action),
            ("$resident", entry.Resident), ("$incident", entry.Incident), ("$detail", entry.Detail));

    public async Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, at, user_name, role, action, resident, incident, detail FROM audit_trail
            WHERE ($resident IS NULL OR resident = $resident) AND ($user IS NULL OR user_name = $user) AND ($incident IS NULL OR incident = $incident)
            ORDER BY id DESC LIMIT $limit
            """;
        command.Parameters.AddWithValue("$resident", (object?)query.Resident ?? DBNull.Value);
        command.Parameters.AddWithValue("$user", (object?)query.User ?? DBNull.Value);
        command.Parameters.AddWithValue("$incident", (object?)query.Incident ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", query.Limit);
        var rows = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(Read(reader));
        }

        return rows;
    }

    private static AuditEntry Read(SqliteDataReader reader) => new(
        reader.GetInt64(0), DateTimeOffset.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture),
        reader.GetString(2), reader.GetString(3), reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7));
}
