using Microsoft.Data.Sqlite;

namespace ResponseCentre.Storage.Sqlite;

/// <summary>
/// The embedded default's database file. Every write is durable when it returns: WAL journal with
/// synchronous=FULL, so a device acknowledged after a write never loses the alarm to a crash.
/// Concurrent writers wait for each other (busy timeout) instead of failing.
/// </summary>
public sealed class SqliteDatabase
{
    private readonly string _connectionString;

    public SqliteDatabase(string dataSource)
    {
        var fullPath = Path.GetFullPath(dataSource);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = fullPath, DefaultTimeout = 30, Pooling = true }.ToString();

        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        Execute(connection, """
            CREATE TABLE IF NOT EXISTS grain_state (
                state_name TEXT NOT NULL, grain_id TEXT NOT NULL, payload BLOB NOT NULL, etag TEXT NOT NULL,
                PRIMARY KEY (state_name, grain_id));
            CREATE TABLE IF NOT EXISTS reminders (
                grain_id TEXT NOT NULL, reminder_name TEXT NOT NULL, grain_hash INTEGER NOT NULL,
                start_at_ticks INTEGER NOT NULL, period_ticks INTEGER NOT NULL, etag TEXT NOT NULL,
                PRIMARY KEY (grain_id, reminder_name));
            CREATE INDEX IF NOT EXISTS reminders_by_hash ON reminders (grain_hash);
            """);
    }

    /// <summary>An open connection set up for durable writes; dispose it after one operation.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA synchronous=FULL;");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
