using System.Text;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace ResponseCentre.TimeSeries;

/// <summary>
/// The local journal every point goes through on its way to InfluxDB: an SQLite table of encoded
/// line-protocol chunks in arrival order. A write returns once its rows are committed with WAL and
/// synchronous=FULL, so acknowledged telemetry survives a crash of this process and any outage of the
/// store. Like the silo's storage (src/Storage/Sqlite/SqliteWriteBatcher.cs) it group-commits: one
/// writer takes every append and delete that is waiting and runs them in one transaction, so
/// concurrent callers share one fsync instead of queueing behind each other's.
/// Order: rows get increasing rowids from the single writer (never reused while older rows remain),
/// the shipper reads the oldest rows first and deletes a prefix only after InfluxDB acknowledged it,
/// so points reach the store in the order they were written, however long it was away.
/// Storing the encoded text, one row per chunk of a call rather than per point, keeps an append to one
/// insert per call and a batch to one read; the text is exactly what is posted.
/// </summary>
internal sealed class TelemetryJournal : IAsyncDisposable, IDisposable
{
    private const int MaxOperationsPerCommit = 1024;

    private readonly Channel<Operation> _queue = Channel.CreateUnbounded<Operation>(new() { SingleReader = true });
    // A latch for the shipper: set by every commit that appended, cleared when the shipper looks.
    private readonly Channel<bool> _appended = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly string _connectionString;
    private readonly TimeSeriesStatus _status;
    private readonly Task _writer;
    private long _count;

    public TelemetryJournal(string path, TimeSeriesStatus status)
    {
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = fullPath, DefaultTimeout = 30, Pooling = true }.ToString();
        _status = status;

        using (var connection = Open())
        {
            Execute(connection, "PRAGMA journal_mode=WAL;");
            Execute(connection, "CREATE TABLE IF NOT EXISTS telemetry_journal (seq INTEGER PRIMARY KEY, points INTEGER NOT NULL, lines TEXT NOT NULL);");
            using var count = connection.CreateCommand();
            count.CommandText = "SELECT COALESCE(SUM(points), 0) FROM telemetry_journal;";
            _count = (long)count.ExecuteScalar()!;
        }

        status.SetBuffered(_count);
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>Points in the journal: durable, not yet acknowledged by the store.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <summary>Appends chunks of encoded lines (each a row, in this order); returns once they are on disk.</summary>
    public Task AppendAsync(IReadOnlyList<JournalChunk> chunks) => Enqueue(new Operation(chunks, DeleteThrough: null));

    /// <summary>Forgets every row up to and including <paramref name="lastSeq"/>: the store has them.</summary>
    public Task DeleteThroughAsync(long lastSeq) => Enqueue(new Operation([], lastSeq));

    /// <summary>Waits until something is appended after the last call (or returns at once if it already was).</summary>
    public async Task WaitForAppendAsync(CancellationToken cancellationToken) => await _appended.Reader.ReadAsync(cancellationToken);

    /// <summary>
    /// The oldest rows, as one request body of at most <paramref name="maxPoints"/> points (or the one
    /// oldest row, should a row alone hold more); null when the journal is empty.
    /// </summary>
    public JournalBatch? ReadOldest(int maxPoints)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, points, lines FROM telemetry_journal ORDER BY seq;";
        using var reader = command.ExecuteReader();
        var body = new StringBuilder();
        long lastSeq = -1;
        var points = 0;
        while (reader.Read())
        {
            var rowPoints = reader.GetInt32(1);
            if (points > 0 && points + rowPoints > maxPoints)
            {
                break;
            }

            if (body.Length > 0)
            {
                body.Append('\n');
            }

            body.Append(reader.GetString(2));
            lastSeq = reader.GetInt64(0);
            points += rowPoints;
        }

        return points == 0 ? null : new JournalBatch(lastSeq, points, body.ToString());
    }

    /// <summary>Finishes the writes already handed over (their callers hear the outcome), then lets go of the file.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
        ReleaseFile();
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _writer.Wait(TimeSpan.FromSeconds(30));
        ReleaseFile();
    }

    private void ReleaseFile()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private Task Enqueue(Operation operation) =>
        _queue.Writer.TryWrite(operation) ? operation.Done.Task : Task.FromException(new ObjectDisposedException(nameof(TelemetryJournal)));

    private async Task WriteAsync()
    {
        var batch = new List<Operation>(MaxOperationsPerCommit);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxOperationsPerCommit && _queue.Reader.TryRead(out var operation))
            {
                batch.Add(operation);
            }

            Commit(batch);
            batch.Clear();
        }
    }

    private void Commit(List<Operation> batch)
    {
        long appended = 0;
        long deleted = 0;
        try
        {
            using var connection = Open();
            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO telemetry_journal (points, lines) VALUES ($points, $lines);";
            var pointsParameter = insert.Parameters.Add("$points", SqliteType.Integer);
            var linesParameter = insert.Parameters.Add("$lines", SqliteType.Text);
            foreach (var operation in batch)
            {
                foreach (var chunk in operation.Chunks)
                {
                    pointsParameter.Value = chunk.Points;
                    linesParameter.Value = chunk.Lines;
                    insert.ExecuteNonQuery();
                    appended += chunk.Points;
                }

                if (operation.DeleteThrough is { } lastSeq)
                {
                    deleted += Delete(connection, transaction, lastSeq);
                }
            }

            transaction.Commit();
        }
        catch (Exception ex)
        {
            // Disk full, I/O error: nothing of this transaction is durable. Every caller hears so and
            // the writer lives on for the next batch.
            batch.ForEach(operation => operation.Done.TrySetException(ex));
            return;
        }

        _status.SetBuffered(Interlocked.Add(ref _count, appended - deleted));
        batch.ForEach(operation => operation.Done.TrySetResult());
        if (appended > 0)
        {
            _appended.Writer.TryWrite(true);
        }
    }

    private static long Delete(SqliteConnection connection, SqliteTransaction transaction, long lastSeq)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.Parameters.AddWithValue("$seq", lastSeq);
        command.CommandText = "SELECT COALESCE(SUM(points), 0) FROM telemetry_journal WHERE seq <= $seq;";
        var points = (long)command.ExecuteScalar()!;
        command.CommandText = "DELETE FROM telemetry_journal WHERE seq <= $seq;";
        command.ExecuteNonQuery();
        return points;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA synchronous=FULL;");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private sealed record Operation(IReadOnlyList<JournalChunk> Chunks, long? DeleteThrough)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>Encoded lines of consecutive points (joined by line breaks), kept as one journal row.</summary>
internal readonly record struct JournalChunk(int Points, string Lines);

/// <summary>The oldest journal rows as one write request: the body, its points, and the last row it holds.</summary>
internal sealed record JournalBatch(long LastSeq, int Points, string Body);
