using ResponseCentre.Storage.Sqlite;

namespace ResponseCentre.Storage.Tests;

public sealed class SqliteReminderTableTests : IDisposable
{
    private readonly TempDatabase _file = new();
    private readonly SqliteDatabase _database;
    private readonly SqliteReminderTable _table;

    public SqliteReminderTableTests()
    {
        _database = new SqliteDatabase(_file.DataSource);
        _table = new SqliteReminderTable(_database);
    }

    public void Dispose()
    {
        _database.Dispose();
        _file.Dispose();
    }

    private static ReminderEntry Entry(string key, string name = "backstop") => new()
    {
        GrainId = GrainId.Create("incident", key),
        ReminderName = name,
        StartAt = new DateTime(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc),
        Period = TimeSpan.FromMinutes(1),
    };

    [Fact]
    public async Task Upserted_reminder_reads_back_with_its_schedule_and_a_new_etag_each_time()
    {
        var first = await _table.UpsertRow(Entry("a"));
        var second = await _table.UpsertRow(Entry("a"));

        var row = await _table.ReadRow(GrainId.Create("incident", "a"), "backstop");
        Assert.NotNull(row);
        Assert.Equal(new DateTime(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc), row.StartAt);
        Assert.Equal(TimeSpan.FromMinutes(1), row.Period);
        Assert.NotEqual(first, second);
        Assert.Equal(second, row.ETag);
        Assert.Single((await _table.ReadRows(GrainId.Create("incident", "a"))).Reminders);
    }

    [Fact]
    public async Task Remove_with_a_stale_etag_keeps_the_row()
    {
        var stale = await _table.UpsertRow(Entry("b"));
        var current = await _table.UpsertRow(Entry("b"));

        Assert.False(await _table.RemoveRow(GrainId.Create("incident", "b"), "backstop", stale!));
        Assert.True(await _table.RemoveRow(GrainId.Create("incident", "b"), "backstop", current!));
        Assert.Null(await _table.ReadRow(GrainId.Create("incident", "b"), "backstop"));
    }

    [Fact]
    public async Task Range_reads_cover_begin_exclusive_to_end_inclusive_and_wrap_around_the_ring()
    {
        var entries = Enumerable.Range(0, 40).Select(n => Entry($"r{n}")).ToList();
        foreach (var entry in entries)
        {
            await _table.UpsertRow(entry);
        }

        var hashes = entries.Select(e => e.GrainId.GetUniformHashCode()).Order().ToList();
        var (low, high) = (hashes[10], hashes[30]);

        var inside = (await _table.ReadRows(low, high)).Reminders.Select(r => r.GrainId.GetUniformHashCode()).Order();
        var wrapped = (await _table.ReadRows(high, low)).Reminders.Select(r => r.GrainId.GetUniformHashCode()).Order();

        Assert.Equal(hashes.Where(h => h > low && h <= high), inside);
        Assert.Equal(hashes.Where(h => h > high || h <= low), wrapped);
    }
}
