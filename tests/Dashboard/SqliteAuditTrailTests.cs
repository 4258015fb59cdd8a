using Microsoft.Data.Sqlite;
using ResponseCentre.Dashboard.Audit;
using ResponseCentre.Storage.Sqlite;

namespace ResponseCentre.Dashboard.Tests;

/// <summary>
/// The embedded audit store against a second, raw client of the same file (what anyone with file
/// access has): overwriting inserts are refused by the database, and tampering the triggers cannot
/// stop shows up in the chain's verification.
/// </summary>
public sealed class SqliteAuditTrailTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rc-audit-" + Guid.NewGuid().ToString("N"));
    private readonly SqliteDatabase _database;
    private readonly SqliteAuditTrail _trail;

    public SqliteAuditTrailTests()
    {
        _database = new SqliteDatabase(Path.Combine(_folder, "audit.db"));
        _trail = new SqliteAuditTrail(_database);
    }

    public void Dispose()
    {
        _database.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("REPLACE INTO audit_trail (id, at, user_name, role, action) VALUES (2, '2026-01-01T00:00:00Z', 'mallory', 'Administrator', 'Nothing')")]
    [InlineData("INSERT OR REPLACE INTO audit_trail (id, at, user_name, role, action) VALUES (2, '2026-01-01T00:00:00Z', 'mallory', 'Administrator', 'Nothing')")]
    [InlineData("INSERT INTO audit_trail (id, at, user_name, role, action) VALUES (2, '2026-01-01T00:00:00Z', 'mallory', 'Administrator', 'Nothing') ON CONFLICT (id) DO UPDATE SET user_name = excluded.user_name")]
    [InlineData("UPDATE audit_trail SET user_name = 'mallory' WHERE id = 2")]
    [InlineData("DELETE FROM audit_trail WHERE id = 2")]
    public async Task Overwriting_a_row_from_another_client_is_refused_by_the_database_and_the_row_stays(string sql)
    {
        await AppendRowsAsync(3);
        var before = await RowsAsync();

        using var raw = RawConnection();
        var refused = Assert.Throws<SqliteException>(() => Execute(raw, sql));

        Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await RowsAsync());
        Assert.True((await VerifyAsync()).Intact);
    }

    [Fact]
    public async Task An_intact_trail_verifies_with_its_row_count_and_last_hash()
    {
        await AppendRowsAsync(5);

        var verification = await VerifyAsync();

        Assert.True(verification.Intact, verification.Problem);
        Assert.Equal((5L, 5L), (verification.Rows, verification.LastRow));
        Assert.Matches("^[0-9a-f]{64}$", verification.LastHash);
    }

    [Fact]
    public async Task Appends_made_at_once_are_chained_in_the_order_they_were_committed()
    {
        await Task.WhenAll(Enumerable.Range(0, 300).Select(n => _trail.AppendAsync(Entry(n))));

        var verification = await VerifyAsync();

        Assert.True(verification.Intact, verification.Problem);
        Assert.Equal(300, verification.Rows);
    }

    [Fact]
    public async Task A_row_changed_with_the_triggers_dropped_is_the_first_broken_row()
    {
        await AppendRowsAsync(5);
        using var raw = RawConnection();

        Execute(raw, "DROP TRIGGER audit_trail_no_update; UPDATE audit_trail SET detail = 'nothing to see' WHERE id = 3");
        var verification = await VerifyAsync();

        Assert.False(verification.Intact);
        Assert.Equal(3, verification.BrokenRow);
        Assert.Equal(2, verification.Rows);
        Assert.Contains("content", verification.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_removed_with_the_triggers_dropped_breaks_the_link_of_the_next()
    {
        await AppendRowsAsync(5);
        using var raw = RawConnection();

        Execute(raw, "DROP TRIGGER audit_trail_no_delete; DELETE FROM audit_trail WHERE id = 2");
        var verification = await VerifyAsync();

        Assert.False(verification.Intact);
        Assert.Equal(3, verification.BrokenRow);
        Assert.Contains("does not link to row 1", verification.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_rehashed_by_hand_still_breaks_the_link_of_the_next()
    {
        await AppendRowsAsync(4);
        var rows = await ChainAsync();
        var forged = rows[1].Entry with { Detail = "forged" };
        using var raw = RawConnection();

        Execute(raw, $"DROP TRIGGER audit_trail_no_update; UPDATE audit_trail SET detail = 'forged', hash = '{AuditChain.Hash(rows[1].PreviousHash!, forged)}' WHERE id = 2");
        var verification = await VerifyAsync();

        Assert.Equal((false, 3L), (verification.Intact, verification.BrokenRow));
    }

    private static AuditEntry Entry(int n) =>
        new(0, Noon.AddSeconds(n), $"user{n % 3}", "Operator", AuditActions.ReadResidentCard, $"r-{n}", null, n % 2 == 0 ? null : $"detail {n}", n % 4 == 0 ? "team/x" : null);

    private async Task AppendRowsAsync(int count)
    {
        for (var n = 0; n < count; n++)
        {
            await _trail.AppendAsync(Entry(n));
        }
    }

    private Task<AuditVerification> VerifyAsync() => AuditChainVerifier.VerifyAsync(_trail.ReadChainAsync());

    private async Task<List<ChainedAuditRow>> ChainAsync()
    {
        var rows = new List<ChainedAuditRow>();
        await foreach (var row in _trail.ReadChainAsync())
        {
            rows.Add(row);
        }

        return rows;
    }

    private async Task<List<AuditEntry>> RowsAsync() => [.. await _trail.QueryAsync(new AuditQuery(null, null, null, 1000))];

    private SqliteConnection RawConnection()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "audit.db"), Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
