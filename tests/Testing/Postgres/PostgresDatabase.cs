using Npgsql;

namespace ResponseCentre.Testing;

/// <summary>
/// A PostgreSQL database of its own for one test, made the way a deployment makes one
/// (deploy/postgres/create-database.sh: the Orleans tables, functions and queries), and dropped
/// afterwards. The server is the one in <c>RC_TEST_POSTGRES</c>; tests/services/start-postgres.sh
/// starts the local one the default points at.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(1);

    private PostgresDatabase(string name)
    {
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Where the test databases are made: a role that may create databases, on a server without a database named.</summary>
    public static string ServerConnectionString { get; } =
        Environment.GetEnvironmentVariable("RC_TEST_POSTGRES") is { Length: > 0 } configured
            ? configured
            : "Host=127.0.0.1;Port=5432;Username=responsecentre;Password=responsecentre";

    public string Name { get; }

    /// <summary>The new database, in Npgsql's connection string format.</summary>
    public string ConnectionString { get; }

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var database = new PostgresDatabase("rc_test_" + Guid.NewGuid().ToString("N"));
        var server = new NpgsqlConnectionStringBuilder(ServerConnectionString);
        var script = Path.Combine(FindRepositoryRoot(), "deploy", "postgres", "create-database.sh");

        // The script reads the usual libpq variables; env passes them without touching this process's
        // environment, and bash runs the script whether or not the checkout kept its executable bit.
        var (exitCode, output) = await ExternalProcess.RunAsync(ScriptTimeout, "env",
            $"PGHOST={server.Host}", $"PGPORT={server.Port}", $"PGUSER={server.Username}", $"PGPASSWORD={server.Password}",
            "bash", script, database.Name);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{script} {database.Name} exited with {exitCode}:\n{output}");
        }

        return database;
    }

    public async ValueTask DisposeAsync()
    {
        // Connections the silos left in the pool point at the database about to go.
        await using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        var admin = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var drop = connection.CreateCommand();
        // FORCE: a silo that was killed rather than stopped may still hold sessions open.
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)";
        await drop.ExecuteNonQueryAsync();
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ResponseCentre.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No ResponseCentre.sln above {AppContext.BaseDirectory}");
    }
}
