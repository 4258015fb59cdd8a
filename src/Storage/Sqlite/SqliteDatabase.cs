using System.Collections.Immutable;
using Microsoft.Data.Sqlite;

namespace ResponseCentre.Storage.Sqlite;

/// <summary>
/// The embedded default's database file. Every write is durable when it returns: WAL journal with
/// synchronous=FULL, so a device acknowledged after a write never loses the alarm to a crash.
/// Writes go through one group-committing writer; reads run beside it, as WAL allows.
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly string _connectionString;
    private readonly SqliteWriteBatcher _writes;
    private ImmutableArray<Action<SqliteConnection>> _connectionSetup = [];

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
        _writes = new SqliteWriteBatcher(Open);
    }

    /// <summary>Runs one write statement; returns once it is committed to disk, with the rows it changed.</summary>
    public Task<int> WriteAsync(string sql, params (string Name, object? Value)[] parameters) => _writes.ExecuteAsync(sql, parameters);

    /// <summary>As <see cref="WriteAsync(string, ValueTuple{string, object}[])"/>, in the given lane of the group commit.</summary>
    public Task<int> WriteAsync(WriteLane lane, string sql, params (string Name, object? Value)[] parameters) => _writes.ExecuteAsync(sql, parameters, lane);

    /// <summary>
    /// Runs <paramref name="setup"/> on every connection opened from now on, the writer's included:
    /// how a feature adds an application-defined SQL function its writes call.
    /// </summary>
    public void AddConnectionSetup(Action<SqliteConnection> setup) =>
        ImmutableInterlocked.Update(ref _connectionSetup, all => all.Add(setup));

    public void Dispose() => _writes.Dispose();

    /// <summary>An open connection set up for durable writes; dispose it after use.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA synchronous=FULL;");
        foreach (var setup in _connectionSetup)
        {
            setup(connection);
        }

        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
