namespace ResponseCentre.Gateway.External;

/// <summary>
/// Runs work for different keys concurrently and work for the same key one after another, in the
/// order it was queued: one device's alarm and its cancel are handled in the order the device sent them.
/// </summary>
internal sealed class KeyedSerialQueue
{
    private readonly Dictionary<string, Task> _tails = [];
    private readonly Lock _gate = new();

    public Task Enqueue(string key, Func<Task> work)
    {
        Task next;
        lock (_gate)
        {
            var tail = _tails.GetValueOrDefault(key) ?? Task.CompletedTask;
            next = RunAfterAsync(tail, work);
            _tails[key] = next;
        }

        _ = next.ContinueWith(_ => Forget(key, next), TaskScheduler.Default);
        return next;
    }

    private static async Task RunAfterAsync(Task previous, Func<Task> work)
    {
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await work();
    }

    private void Forget(string key, Task finished)
    {
        lock (_gate)
        {
            if (_tails.TryGetValue(key, out var tail) && tail == finished)
            {
                _tails.Remove(key);
            }
        }
    }
}
