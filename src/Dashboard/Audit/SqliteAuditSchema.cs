using Microsoft.Data.Sqlite;

namespace ResponseCentre.Dashboard.Audit;

/// <summary>
/// The audit table and the triggers that make it append-only for every client of the file, not
/// only this product: no update, no delete, and no insert over an existing row (REPLACE and
/// INSERT OR REPLACE delete the old row without firing delete triggers, so inserts are checked too).
/// </summary>
internal static class SqliteAuditSchema
{
    public static void Create(SqliteConnection connection)
    {
        Execute(connection, """
            CREATE TABLE IF NOT EXISTS audit_trail (
                id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, user_name TEXT NOT NULL, role TEXT NOT NULL,
                action TEXT NOT NULL, resident TEXT NULL, incident TEXT NULL, detail TEXT NULL,
                subject TEXT NULL, previous_hash TEXT NULL, hash TEXT NULL);
            """);
        // A development file from before the chain: add the new columns (its old rows stay unchained).
        foreach (var column in new[] { "subject", "previous_hash", "hash" })
        {
            if (!HasColumn(connection, column))
            {
                Execute(connection, $"ALTER TABLE audit_trail ADD COLUMN {column} TEXT NULL");
            }
        }

        Execute(connection, """
            CREATE INDEX IF NOT EXISTS audit_trail_by_resident ON audit_trail (resident, id);
            CREATE INDEX IF NOT EXISTS audit_trail_by_user ON audit_trail (user_name, id);
            CREATE INDEX IF NOT EXISTS audit_trail_by_subject ON audit_trail (subject, id);
            CREATE TRIGGER IF NOT EXISTS audit_trail_no_update BEFORE UPDATE ON audit_trail
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            CREATE TRIGGER IF NOT EXISTS audit_trail_no_delete BEFORE DELETE ON audit_trail
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            CREATE TRIGGER IF NOT EXISTS audit_trail_no_overwrite BEFORE INSERT ON audit_trail
                WHEN EXISTS (SELECT 1 FROM audit_trail WHERE id = NEW.id)
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: row exists'); END;
            """);
    }

    private static bool HasColumn(SqliteConnection connection, string column)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM pragma_table_info('audit_trail') WHERE name = $column";
        command.Parameters.AddWithValue("$column", column);
        return (long)command.ExecuteScalar()! > 0;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
