namespace ResponseCentre.Grains.Persistence;

/// <summary>
/// Group commit for a reentrant grain's state: callers that change the state while a write is
/// running all wait for one following write, which includes every change they made. Each caller
/// still returns only after its change is durable, but a busy grain writes once per batch instead
/// of once per call. Use only from the grain's own scheduler.
/// </summary>
public sealed class GroupCommit(Func<Task> write)
{
    private Task _running = Task.CompletedTask;
    private Task? _next;

    /// <summary>Completes once a write that began after this call has finished.</summary>
    public Task SaveAsync() => _next ??= WriteNextAsync();

    private async Task WriteNextAsync()
    {
        // Yield first so _next is assigned before this write starts; callers up to then join it.
        await Task.Yield();
        // The running write's own callers observe its failure; this batch tries afresh.
        await _running.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
        _next = null;
        _running = write();
        await _running;
    }
}
