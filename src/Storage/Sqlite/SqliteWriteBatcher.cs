using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace ResponseCentre.Storage.Sqlite;

/// <summary>
/// Group commit for SQLite: writes wait in a queue; a single writer takes all that are waiting,
/// runs them in one transaction and completes each caller after the commit is on disk. A durable
/// write costs one fsync per batch instead of one per grain, so many grains writing at once do not
/// queue behind each other's disk flushes. Each statement's outcome (rows changed, or its own
/// error) goes to its own caller; a failed commit fails the whole batch.
/// Writes come in two lanes: <see cref="WriteLane.Deferrable"/> ones (what every sensor reading
/// writes) are committed only when no other write waits, and in smaller batches, so an alarm's
/// writes never wait behind a backlog of readings; at most one reading batch is ahead of them.
/// </summary>
internal sealed class SqliteWriteBatcher : IDisposable
{
    private const int MaxBatch = 512;

    // Small enough that the one deferrable batch an urgent write may find committing is short.
    private const int MaxDeferrableBatch = 128;

    private readonly Channel<PendingWrite> _arrivals = Channel.CreateUnbounded<PendingWrite>(new() { SingleReader = true });
    private readonly Func<SqliteConnection> _open;
    private readonly Task _writer;

    public SqliteWriteBatcher(Func<SqliteConnection> open)
    {
        _open = open;
        _writer = Task.Run(WriteBatchesAsync);
    }

    /// <summary>Runs one statement durably; returns the number of rows it changed.</summary>
    public Task<int> ExecuteAsync(string sql, IReadOnlyList<(string Name, object? Value)> parameters, WriteLane lane = WriteLane.Urgent)
    {
        var write = new PendingWrite(sql, parameters, lane, new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously));
        return _arrivals.Writer.TryWrite(write) ? write.Done.Task : Task.FromException<int>(new ObjectDisposedException(nameof(SqliteWriteBatcher)));
    }

    public void Dispose()
    {
        _arrivals.Writer.TryComplete();
        _writer.Wait(TimeSpan.FromSeconds(10));
    }

    private async Task WriteBatchesAsync()
    {
        var urgent = new Queue<PendingWrite>();
        var deferrable = new Queue<PendingWrite>();
        var batch = new List<PendingWrite>(MaxBatch);
        while (urgent.Count > 0 || deferrable.Count > 0 || await _arrivals.Reader.WaitToReadAsync())
        {
            while (_arrivals.Reader.TryRead(out var arrived))
            {
                (arrived.Lane == WriteLane.Deferrable ? deferrable : urgent).Enqueue(arrived);
            }

            // Urgent writes first, every round: a reading batch is never started while one waits.
            var (queue, limit) = urgent.Count > 0 ? (urgent, MaxBatch) : (deferrable, MaxDeferrableBatch);
            while (batch.Count < limit && queue.TryDequeue(out var write))
            {
                batch.Add(write);
            }

            Commit(batch);
            batch.Clear();
        }
    }

    private void Commit(List<PendingWrite> batch)
    {
        var outcomes = new (int Rows, Exception? Error)[batch.Count];
        try
        {
            using var connection = _open();
            using var transaction = connection.BeginTransaction();
            // One command per distinct statement in the batch: SQLite then parses and plans each
            // statement once per batch, not once per write (a batch is mostly the same UPDATE).
            var commands = new Dictionary<string, SqliteCommand>(StringComparer.Ordinal);
            try
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    outcomes[i] = Run(CommandFor(commands, connection, transaction, batch[i].Sql), batch[i]);
                }
            }
            finally
            {
                foreach (var command in commands.Values)
                {
                    command.Dispose();
                }
            }

            transaction.Commit();
        }
        catch (Exception ex)
        {
            // Whatever went wrong (disk full, I/O error), nothing of this batch is durable: every
            // caller hears so, and the writer lives on for the next batch instead of hanging them all.
            batch.ForEach(write => write.Done.TrySetException(ex));
            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i].Error is { } error)
            {
                batch[i].Done.TrySetException(error);
            }
            else
            {
                batch[i].Done.TrySetResult(outcomes[i].Rows);
            }
        }
    }

    private static SqliteCommand CommandFor(Dictionary<string, SqliteCommand> commands, SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            commands.Add(sql, command);
        }

        return command;
    }

    private static (int Rows, Exception? Error) Run(SqliteCommand command, PendingWrite write)
    {
        try
        {
            BindParameters(command.Parameters, write.Parameters);

            return (command.ExecuteNonQuery(), null);
        }
        catch (SqliteException ex)
        {
            return (0, ex);
        }
    }

    /// <summary>Sets the values of a reused command's parameters when the names match, else replaces them.</summary>
    private static void BindParameters(SqliteParameterCollection bound, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        var sameNames = bound.Count == parameters.Count;
        for (var i = 0; sameNames && i < parameters.Count; i++)
        {
            sameNames = bound[i].ParameterName == parameters[i].Name;
        }

        if (!sameNames)
        {
            bound.Clear();
            foreach (var (name, _) in parameters)
            {
                bound.Add(new SqliteParameter { ParameterName = name });
            }
        }

        for (var i = 0; i < parameters.Count; i++)
        {
            bound[i].Value = parameters[i].Value ?? DBNull.Value;
        }
    }

    private sealed record PendingWrite(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters, WriteLane Lane, TaskCompletionSource<int> Done);
}
