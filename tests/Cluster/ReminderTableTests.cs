using ResponseCentre.Testing;

namespace ResponseCentre.Cluster.Tests;

/// <summary>The reminder table's contract, called directly on a silo's table: etags, ranges of the hash ring, removal.</summary>
public sealed class ReminderTableTests
{
    private static readonly DateTime Start = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Reminders_are_upserted_read_and_removed_by_etag()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var cluster = await PostgresCluster.StartAsync(database);
        var table = cluster.Silos[0].Service<IReminderTable>();
        var grain = GrainId.Create("rc-reminded", "kari");

        var first = await table.UpsertRow(Entry(grain, "check-in", TimeSpan.FromMinutes(5)));
        // A period beyond 2^31 ms arrives as a 64-bit number.
        var weekly = await table.UpsertRow(Entry(grain, "weekly", TimeSpan.FromDays(30)));
        var second = await table.UpsertRow(Entry(grain, "check-in", TimeSpan.FromMinutes(10)));
        Assert.NotEqual(first, second);

        var row = await table.ReadRow(grain, "check-in");
        Assert.NotNull(row);
        Assert.Equal((grain, Start, TimeSpan.FromMinutes(10), second), (row.GrainId, row.StartAt, row.Period, row.ETag));
        Assert.Null(await table.ReadRow(grain, "never registered"));
        var rows = await table.ReadRows(grain);
        Assert.Equal(["check-in", "weekly"], rows.Reminders.Select(r => r.ReminderName).Order());
        Assert.Equal(TimeSpan.FromDays(30), rows.Reminders.Single(r => r.ReminderName == "weekly").Period);

        Assert.False(await table.RemoveRow(grain, "check-in", first!));
        Assert.True(await table.RemoveRow(grain, "check-in", second!));
        Assert.Null(await table.ReadRow(grain, "check-in"));
        Assert.NotNull(weekly);

        await table.TestOnlyClearTable();
        Assert.Empty((await table.ReadRows(grain)).Reminders);
    }

    [Fact]
    public async Task A_range_of_the_hash_ring_holds_exactly_the_grains_whose_hash_falls_in_it()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var cluster = await PostgresCluster.StartAsync(database);
        var table = cluster.Silos[0].Service<IReminderTable>();
        var grains = Enumerable.Range(0, 40).Select(i => GrainId.Create("rc-reminded", $"resident-{i}")).ToList();
        foreach (var grain in grains)
        {
            await table.UpsertRow(Entry(grain, "check-in", TimeSpan.FromMinutes(5)));
        }

        // (begin, end] on the unsigned ring: inside the positive half, across the signed boundary,
        // inside the negative half, wrapping past zero, and the whole ring (begin == end).
        (uint Begin, uint End)[] ranges =
        [
            (0x1000_0000, 0x6000_0000), (0x4000_0000, 0xC000_0000), (0x9000_0000, 0xF000_0000),
            (0xC000_0000, 0x4000_0000), (0x7000_0000, 0x7000_0000),
        ];
        foreach (var (begin, end) in ranges)
        {
            var expected = grains.Where(g => InRange(g.GetUniformHashCode(), begin, end)).ToHashSet();
            var found = (await table.ReadRows(begin, end)).Reminders.Select(r => r.GrainId).ToHashSet();
            Assert.Equal(expected, found);
        }
    }

    private static bool InRange(uint hash, uint begin, uint end) =>
        begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;

    private static ReminderEntry Entry(GrainId grain, string name, TimeSpan period) =>
        new() { GrainId = grain, ReminderName = name, StartAt = Start, Period = period };
}
