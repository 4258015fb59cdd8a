using Microsoft.Data.Sqlite;

namespace ResponseCentre.Storage.Sqlite;

/// <summary>
/// Reminders in SQLite, so a reminder registered before a crash still fires after the restart.
/// Rows carry the grain's uniform hash for the silo's range reads, and an ETag for removal.
/// </summary>
public sealed class SqliteReminderTable(SqliteDatabase database) : IReminderTable
{
    private const string Columns = "grain_id, reminder_name, start_at_ticks, period_ticks, etag";

    public Task Init() => Task.CompletedTask;

    public Task<ReminderTableData> ReadRows(GrainId grainId) =>
        QueryAsync($"SELECT {Columns} FROM reminders WHERE grain_id = $grain", ("$grain", grainId.ToString()));

    public Task<ReminderTableData> ReadRows(uint begin, uint end) => begin < end
        ? QueryAsync($"SELECT {Columns} FROM reminders WHERE grain_hash > $begin AND grain_hash <= $end", ("$begin", begin), ("$end", end))
        // The range wraps around the ring.
        : QueryAsync($"SELECT {Columns} FROM reminders WHERE grain_hash > $begin OR grain_hash <= $end", ("$begin", begin), ("$end", end));

    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName)
    {
        var rows = await QueryAsync($"SELECT {Columns} FROM reminders WHERE grain_id = $grain AND reminder_name = $name",
            ("$grain", grainId.ToString()), ("$name", reminderName));
        return rows.Reminders.FirstOrDefault();
    }

    public async Task<string?> UpsertRow(ReminderEntry entry)
    {
        var etag = Guid.NewGuid().ToString("N");
        await ExecuteAsync("""
            INSERT INTO reminders (grain_id, reminder_name, grain_hash, start_at_ticks, period_ticks, etag)
            VALUES ($grain, $name, $hash, $start, $period, $etag)
            ON CONFLICT (grain_id, reminder_name) DO UPDATE SET
                start_at_ticks = excluded.start_at_ticks, period_ticks = excluded.period_ticks, etag = excluded.etag
            """,
            ("$grain", entry.GrainId.ToString()), ("$name", entry.ReminderName), ("$hash", entry.GrainId.GetUniformHashCode()),
            ("$start", entry.StartAt.ToUniversalTime().Ticks), ("$period", entry.Period.Ticks), ("$etag", etag));
        return etag;
    }

    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag) =>
        await ExecuteAsync("DELETE FROM reminders WHERE grain_id = $grain AND reminder_name = $name AND etag = $etag",
            ("$grain", grainId.ToString()), ("$name", reminderName), ("$etag", eTag)) == 1;

    public Task TestOnlyClearTable() => ExecuteAsync("DELETE FROM reminders");

    private Task<int> ExecuteAsync(string sql, params (string Name, object? Value)[] parameters) => database.WriteAsync(sql, parameters);

    private async Task<ReminderTableData> QueryAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = database.Open();
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var entries = new List<ReminderEntry>();
        while (await reader.ReadAsync())
        {
            entries.Add(new ReminderEntry
            {
                GrainId = GrainId.Parse(reader.GetString(0), System.Globalization.CultureInfo.InvariantCulture),
                ReminderName = reader.GetString(1),
                StartAt = new DateTime(reader.GetInt64(2), DateTimeKind.Utc),
                Period = TimeSpan.FromTicks(reader.GetInt64(3)),
                ETag = reader.GetString(4),
            });
        }

        return new ReminderTableData(entries);
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
