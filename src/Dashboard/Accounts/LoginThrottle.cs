using System.Collections.Concurrent;

namespace ResponseCentre.Dashboard.Accounts;

/// <summary>
/// Slows password guessing: after <see cref="MaxFailures"/> wrong passwords for one user name within
/// <see cref="Window"/>, that name is refused (429) until the window has passed, right password or
/// not. Per node and in memory: a guesser spread over nodes gets a few more tries, never many.
/// </summary>
public sealed class LoginThrottle(TimeProvider time)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>When the name may try again, or null when it may try now.</summary>
    public DateTimeOffset? BlockedUntil(string userName)
    {
        if (!_failures.TryGetValue(userName, out var failures))
        {
            return null;
        }

        var until = failures.Since + Window;
        if (time.GetUtcNow() >= until)
        {
            _failures.TryRemove(KeyValuePair.Create(userName, failures));
            return null;
        }

        return failures.Count >= MaxFailures ? until : null;
    }

    public void RecordFailure(string userName)
    {
        var now = time.GetUtcNow();
        _failures.AddOrUpdate(userName, _ => new Failures(now, 1),
            (_, old) => now >= old.Since + Window ? new Failures(now, 1) : old with { Count = old.Count + 1 });
    }

    public void RecordSuccess(string userName) => _failures.TryRemove(userName, out _);

    private sealed record Failures(DateTimeOffset Since, int Count);
}
