using Npgsql;
using ResponseCentre.Dashboard.Audit;
using ResponseCentre.Testing;

namespace ResponseCentre.Cluster.Tests;

/// <summary>
/// The cluster's audit store on a real PostgreSQL database of its own per test, against a second,
/// raw client: no statement overwrites or removes a row, several nodes appending at once keep one
/// intact chain, and tampering the triggers cannot stop is reported by the verification.
/// </summary>
public sealed class PostgresAuditTrailTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    private PostgresDatabase _database = null!;
    private PostgresAuditTrail _trail = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        _trail = new PostgresAuditTrail(_database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        _trail.Dispose();
        await _database.DisposeAsync();
    }

    public void Dispose() => _trail.Dispose();

    [Theory]
    [InlineData("INSERT INTO rc_audit_trail (id, at, user_name, role, action) OVERRIDING SYSTEM VALUE VALUES (2, now(), 'mallory', 'Administrator', 'Nothing') ON CONFLICT (id) DO UPDATE SET user_name = excluded.user_name")]
    [InlineData("MERGE INTO rc_audit_trail t USING (SELECT 2 AS id) s ON t.id = s.id WHEN MATCHED THEN UPDATE SET user_name = 'mallory'")]
    [InlineData("MERGE INTO rc_audit_trail t USING (SELECT 2 AS id) s ON t.id = s.id WHEN MATCHED THEN DELETE")]
    [InlineData("UPDATE rc_audit_trail SET user_name = 'mallory' WHERE id = 2")]
    [InlineData("DELETE FROM rc_audit_trail WHERE id = 2")]
    [InlineData("TRUNCATE rc_audit_trail")]
    public async Task Overwriting_or_removing_a_row_from_another_client_is_refused_by_the_database_and_the_row_stays(string sql)
    {
        await AppendRowsAsync(_trail, 3);
        var before = await _trail.QueryAsync(new AuditQuery(null, null, null, 1000));

        var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(sql));

        Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
        Assert.Equal(before, await _trail.QueryAsync(new AuditQuery(null, null, null, 1000)));
    }

    [Fact]
    public async Task Two_nodes_appending_at_once_keep_one_intact_chain()
    {
        using var otherNode = new PostgresAuditTrail(_database.ConnectionString);

        await Task.WhenAll(Enumerable.Range(0, 100).Select(n => (n % 2 == 0 ? _trail : otherNode).AppendAsync(Entry(n))));
        var verification = await AuditChainVerifier.VerifyAsync(_trail.ReadChainAsync());

        Assert.True(verification.Intact, verification.Problem);
        Assert.Equal((100L, 100L), (verification.Rows, verification.LastRow));
    }

    [Fact]
    public async Task A_row_changed_with_the_trigger_dropped_is_the_first_broken_row()
    {
        await AppendRowsAsync(_trail, 5);

        await ExecuteAsync("DROP TRIGGER rc_audit_trail_no_change ON rc_audit_trail; UPDATE rc_audit_trail SET role = 'Operator' WHERE id = 4");
        var verification = await AuditChainVerifier.VerifyAsync(_trail.ReadChainAsync());

        Assert.Equal((false, 4L, 3L), (verification.Intact, verification.BrokenRow, verification.Rows));
    }

    private static AuditEntry Entry(int n) =>
        new(0, Noon.AddTicks(n * 1234567), $"user{n % 3}", "Administrator", AuditActions.SetPolicies, null, null, n % 2 == 0 ? null : $"détail {n}", $"tenant/t{n}");

    private static async Task AppendRowsAsync(PostgresAuditTrail trail, int count)
    {
        for (var n = 0; n < count; n++)
        {
            await trail.AppendAsync(Entry(n));
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
