using Microsoft.Data.Sqlite;
using ResponseCentre.Storage.Sqlite;

namespace ResponseCentre.Storage.Tests;

public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly TempDatabase _file = new();
    private readonly SqliteDatabase _database;

    public SqliteDatabaseTests() => _database = new SqliteDatabase(_file.DataSource);

    public void Dispose()
    {
        _database.Dispose();
        _file.Dispose();
    }

    [Fact]
    public async Task A_failing_statement_fails_only_its_own_caller_and_the_rest_of_its_batch_commits()
    {
        var writes = Enumerable.Range(0, 100).Select(n => _database.WriteAsync(
            "INSERT INTO grain_state (state_name, grain_id, payload, etag) VALUES ('s', $grain, x'00', 'e')", ("$grain", $"g{n}"))).ToList();
        var failing = _database.WriteAsync("INSERT INTO no_such_table VALUES (1)");

        await Assert.ThrowsAsync<SqliteException>(() => failing);
        Assert.All(await Task.WhenAll(writes), changed => Assert.Equal(1, changed));
        using var connection = _database.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM grain_state";
        Assert.Equal(100L, (long)count.ExecuteScalar()!);
    }

    [Fact]
    public async Task An_urgent_write_overtakes_a_backlog_of_deferrable_ones()
    {
        // Readings queued by the thousand must not hold up an alarm's write behind them.
        const int Backlog = 5000;
        var readings = Enumerable.Range(0, Backlog).Select(n => _database.WriteAsync(WriteLane.Deferrable,
            "INSERT INTO grain_state (state_name, grain_id, payload, etag) VALUES ('reading', $grain, x'00', 'e')", ("$grain", $"g{n}"))).ToList();

        var alarm = await _database.WriteAsync(WriteLane.Urgent,
            "INSERT INTO grain_state (state_name, grain_id, payload, etag) VALUES ('alarm', 'a', x'00', 'e')");

        var readingsDoneFirst = readings.Count(r => r.IsCompleted);
        Assert.Equal(1, alarm);
        Assert.True(readingsDoneFirst < Backlog, $"All {Backlog} deferrable writes were committed before the urgent one.");
        Assert.All(await Task.WhenAll(readings), changed => Assert.Equal(1, changed));
    }

    [Fact]
    public async Task Deferrable_writes_are_committed_in_order_of_arrival_like_urgent_ones()
    {
        var first = _database.WriteAsync(WriteLane.Deferrable,
            "INSERT INTO grain_state (state_name, grain_id, payload, etag) VALUES ('s', 'g', x'01', 'first')");
        var second = _database.WriteAsync(WriteLane.Deferrable,
            "UPDATE grain_state SET payload = x'02', etag = 'second' WHERE state_name = 's' AND grain_id = 'g' AND etag = 'first'");

        var changed = await Task.WhenAll(first, second);
        Assert.Equal([1, 1], changed);
        using var connection = _database.Open();
        Assert.Equal("second", Query(connection, "SELECT etag FROM grain_state WHERE state_name = 's' AND grain_id = 'g'"));
    }

    [Fact]
    public async Task Writes_sharing_a_statement_keep_their_own_values_whatever_their_lengths()
    {
        const string Insert = "INSERT INTO grain_state (state_name, grain_id, payload, etag) VALUES ('v', $grain, $payload, $etag)";
        var values = new (string Grain, byte[] Payload, string Etag)[]
        {
            ("short", [1], "e"),
            ("long", Enumerable.Range(0, 5000).Select(n => (byte)n).ToArray(), new string('x', 300)),
            ("short-again", [2, 3], "f"),
        };

        var written = await Task.WhenAll(values.Select(v => _database.WriteAsync(WriteLane.Deferrable, Insert,
            ("$grain", v.Grain), ("$payload", v.Payload), ("$etag", v.Etag))));

        Assert.All(written, changed => Assert.Equal(1, changed));
        using var connection = _database.Open();
        foreach (var (grain, payload, etag) in values)
        {
            using var read = connection.CreateCommand();
            read.CommandText = "SELECT payload, etag FROM grain_state WHERE state_name = 'v' AND grain_id = $grain";
            read.Parameters.AddWithValue("$grain", grain);
            using var row = read.ExecuteReader();
            Assert.True(row.Read());
            Assert.Equal(payload, (byte[])row[0]);
            Assert.Equal(etag, row.GetString(1));
        }
    }

    [Fact]
    public void Connections_write_through_a_wal_journal_synced_in_full_before_each_commit_returns()
    {
        using var connection = _database.Open();

        Assert.Equal("wal", Query(connection, "PRAGMA journal_mode"));
        Assert.Equal(2L, Query(connection, "PRAGMA synchronous")); // 2 = FULL
    }

    [Fact]
    public void A_data_source_in_a_folder_that_does_not_exist_yet_gets_its_folder()
    {
        using var nested = new SqliteDatabase(Path.Combine(Path.GetDirectoryName(_file.DataSource)!, "a", "b", "nested.db"));

        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(_file.DataSource)!, "a", "b", "nested.db")));
    }

    private static object Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()!;
    }
}
