using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using ResponseCentre.Storage.Sqlite;

namespace ResponseCentre.Dashboard.Audit;

/// <summary>
/// The audit trail in the embedded default's database file, written through its durable
/// group-committing writer. The chain hash is computed by the insert itself (an application-defined
/// SQL function), so rows are chained in the order the single writer commits them.
/// </summary>
public sealed class SqliteAuditTrail : IAuditTrail
{
    private const string Columns = "id, at, user_name, role, action, resident, incident, detail, subject";

    private const string AppendSql = """
        INSERT INTO audit_trail (id, at, user_name, role, action, resident, incident, detail, subject, previous_hash, hash)
        SELECT head.id, $at, $user, $role, $action, $resident, $incident, $detail, $subject, head.previous,
            rc_audit_hash(head.previous, head.id, $at, $user, $role, $action, $resident, $incident, $detail, $subject)
        FROM (SELECT coalesce((SELECT max(id) FROM audit_trail), 0) + 1 AS id,
            coalesce((SELECT hash FROM audit_trail ORDER BY id DESC LIMIT 1), $genesis) AS previous) AS head
        """;

    private readonly SqliteDatabase _database;

    public SqliteAuditTrail(SqliteDatabase database)
    {
        _database = database;
        database.AddConnectionSetup(connection => connection.CreateFunction<string, long, string, string, string, string, string?, string?, string?, string?, string>(
            "rc_audit_hash",
            (previous, id, at, user, role, action, resident, incident, detail, subject) =>
                AuditChain.Hash(previous, new AuditEntry(id, ParseTime(at), user, role, action, resident, incident, detail, subject)),
            isDeterministic: true));
        using var connection = database.Open();
        SqliteAuditSchema.Create(connection);
    }

    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default) =>
        _database.WriteAsync(AppendSql,
            ("$at", AuditChain.StoredPrecision(entry.At).UtcDateTime.ToString("O", CultureInfo.InvariantCulture)), ("$user", entry.User), ("$role", entry.Role),
            ("$action", entry.Action), ("$resident", entry.Resident), ("$incident", entry.Incident), ("$detail", entry.Detail), ("$subject", entry.Subject),
            ("$genesis", AuditChain.Genesis));

    public async Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns} FROM audit_trail
            WHERE ($resident IS NULL OR resident = $resident) AND ($user IS NULL OR user_name = $user)
                AND ($incident IS NULL OR incident = $incident) AND ($subject IS NULL OR subject = $subject)
            ORDER BY id DESC LIMIT $limit
            """;
        command.Parameters.AddWithValue("$resident", (object?)query.Resident ?? DBNull.Value);
        command.Parameters.AddWithValue("$user", (object?)query.User ?? DBNull.Value);
        command.Parameters.AddWithValue("$incident", (object?)query.Incident ?? DBNull.Value);
        command.Parameters.AddWithValue("$subject", (object?)query.Subject ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", query.Limit);
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
        await using var connection = _database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns}, previous_hash, hash FROM audit_trail ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new ChainedAuditRow(Read(reader), Text(reader, 9), Text(reader, 10));
        }
    }

    private static AuditEntry Read(SqliteDataReader reader) => new(
        reader.GetInt64(0), ParseTime(reader.GetString(1)), reader.GetString(2), reader.GetString(3), reader.GetString(4),
        Text(reader, 5), Text(reader, 6), Text(reader, 7), Text(reader, 8));

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static DateTimeOffset ParseTime(string at) => DateTimeOffset.Parse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
