using System.Globalization;

namespace ResponseCentre.TimeSeries.Tests;

public sealed class TelemetryJournalTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string JournalPath => Path.Combine(_folder.Path, "nested", "journal.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Batches_come_oldest_first_in_whole_rows_up_to_the_point_limit()
    {
        var status = new TimeSeriesStatus(TimeProvider.System, configured: true);
        await using var journal = new TelemetryJournal(JournalPath, status);
        await journal.AppendAsync([Chunk("a", 3), Chunk("b", 3)]);
        await journal.AppendAsync([Chunk("c", 2)]);

        Assert.Equal(8, journal.Count);
        Assert.Equal(8, status.BufferedPoints);

        var first = journal.ReadOldest(maxPoints: 7)!;
        Assert.Equal(6, first.Points);
        Assert.Equal("a0\na1\na2\nb0\nb1\nb2", first.Body);

        // Reading is not consuming: only a delete after the store's acknowledgement is.
        Assert.Equal(first, journal.ReadOldest(maxPoints: 7));

        await journal.DeleteThroughAsync(first.LastSeq);
        Assert.Equal(2, journal.Count);
        Assert.Equal(2, status.BufferedPoints);

        var second = journal.ReadOldest(maxPoints: 7)!;
        Assert.Equal("c0\nc1", second.Body);
        await journal.DeleteThroughAsync(second.LastSeq);
        Assert.Null(journal.ReadOldest(maxPoints: 7));
        Assert.Equal(0, status.BufferedPoints);
    }

    [Fact]
    public async Task A_row_larger_than_the_limit_still_goes_alone()
    {
        await using var journal = new TelemetryJournal(JournalPath, new TimeSeriesStatus(TimeProvider.System, configured: true));
        await journal.AppendAsync([Chunk("big", 10), Chunk("small", 1)]);

        var batch = journal.ReadOldest(maxPoints: 4)!;

        Assert.Equal(10, batch.Points);
        Assert.DoesNotContain("small", batch.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_was_not_acknowledged_is_there_after_a_restart_in_the_same_order()
    {
        await using (var journal = new TelemetryJournal(JournalPath, new TimeSeriesStatus(TimeProvider.System, configured: true)))
        {
            await journal.AppendAsync([Chunk("a", 2)]);
            await journal.AppendAsync([Chunk("b", 2)]);
            await journal.DeleteThroughAsync(journal.ReadOldest(2)!.LastSeq);
            await journal.AppendAsync([Chunk("c", 2)]);
        }

        var status = new TimeSeriesStatus(TimeProvider.System, configured: true);
        await using var reopened = new TelemetryJournal(JournalPath, status);
        Assert.Equal(4, reopened.Count);
        Assert.Equal(4, status.BufferedPoints);
        await reopened.AppendAsync([Chunk("d", 2)]);
        Assert.Equal("b0\nb1\nc0\nc1\nd0\nd1", reopened.ReadOldest(100)!.Body);
    }

    [Fact]
    public async Task Concurrent_appends_are_all_kept_each_in_one_piece()
    {
        await using var journal = new TelemetryJournal(JournalPath, new TimeSeriesStatus(TimeProvider.System, configured: true));

        await Task.WhenAll(Enumerable.Range(0, 200).Select(writer =>
            Task.Run(() => journal.AppendAsync([Chunk(string.Create(CultureInfo.InvariantCulture, $"w{writer}-"), 5)]))));

        Assert.Equal(1000, journal.Count);
        var lines = journal.ReadOldest(10_000)!.Body.Split('\n');
        Assert.Equal(1000, lines.Length);
        Assert.Equal(1000, lines.Distinct().Count());
        // A call's chunk is one row: its lines stay together, in their order.
        for (var i = 0; i < lines.Length; i += 5)
        {
            var writer = lines[i][..(lines[i].IndexOf('-', StringComparison.Ordinal) + 1)];
            Assert.Equal(Enumerable.Range(0, 5).Select(n => writer + n.ToString(CultureInfo.InvariantCulture)), lines[i..(i + 5)]);
        }
    }

    [Fact]
    public async Task A_waiting_shipper_wakes_when_something_is_appended()
    {
        await using var journal = new TelemetryJournal(JournalPath, new TimeSeriesStatus(TimeProvider.System, configured: true));
        var woken = journal.WaitForAppendAsync(CancellationToken.None);
        Assert.False(woken.IsCompleted);

        await journal.AppendAsync([Chunk("a", 1)]);

        await woken.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static JournalChunk Chunk(string prefix, int points) =>
        new(points, string.Join('\n', Enumerable.Range(0, points).Select(n => prefix + n.ToString(CultureInfo.InvariantCulture))));
}
