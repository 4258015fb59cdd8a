using System.Collections.Concurrent;
using System.Net;

namespace ResponseCentre.Dashboard.Accounts;

/// <summary>
/// Slows password guessing without locking anyone out: after <see cref="FreeFailures"/> wrong
/// passwords from one source address for one user name, that pair waits before its next try, 1 s
/// at first and doubling with each further wrong password up to <see cref="MaxBackOff"/>. Another
/// address (the desk's own PC) signs in as that user at once. A right password, or
/// <see cref="ForgetAfter"/> without a wrong one, clears the count. Per node and in memory.
/// </summary>
public sealed class LoginThrottle(TimeProvider time)
{
    public const int FreeFailures = 5;
    public static readonly TimeSpan FirstBackOff = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxBackOff = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan ForgetAfter = TimeSpan.FromMinutes(15);
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<(string Source, string UserName), Failures> _failures = new(KeyComparer.Instance);

    /// <summary>How long this source must wait before trying this name again, or null when it may try now.</summary>
    public TimeSpan? RetryAfter(IPAddress? source, string userName)
    {
        if (!_failures.TryGetValue(Key(source, userName), out var failures))
        {
            return null;
        }

        var wait = failures.Last + BackOff(failures.Count) - time.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : null;
    }

    public void RecordFailure(IPAddress? source, string userName)
    {
        var now = time.GetUtcNow();
        _failures.AddOrUpdate(Key(source, userName), _ => new Failures(now, 1),
            (_, old) => now >= old.Last + ForgetAfter ? new Failures(now, 1) : new Failures(now, old.Count + 1));
        if (_failures.Count > PruneAbove)
        {
            Prune(now);
        }
    }

    public void RecordSuccess(IPAddress? source, string userName) => _failures.TryRemove(Key(source, userName), out _);

    /// <summary>Nothing for the first free failures, then 1 s, 2 s, 4 s … up to <see cref="MaxBackOff"/>.</summary>
    public static TimeSpan BackOff(int failures)
    {
        if (failures < FreeFailures)
        {
            return TimeSpan.Zero;
        }

        var doublings = Math.Min(failures - FreeFailures, 16);
        var backOff = FirstBackOff * (1 << doublings);
        return backOff < MaxBackOff ? backOff : MaxBackOff;
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, failures) in _failures)
        {
            if (now >= failures.Last + ForgetAfter)
            {
                _failures.TryRemove(KeyValuePair.Create(key, failures));
            }
        }
    }

    private static (string, string) Key(IPAddress? source, string userName) =>
        ((source is { IsIPv4MappedToIPv6: true } ? source.MapToIPv4() : source)?.ToString() ?? "unknown", userName.Trim());

    private sealed record Failures(DateTimeOffset Last, int Count);

    private sealed class KeyComparer : IEqualityComparer<(string Source, string UserName)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((string Source, string UserName) x, (string Source, string UserName) y) =>
            string.Equals(x.Source, y.Source, StringComparison.Ordinal) && string.Equals(x.UserName, y.UserName, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Source, string UserName) obj) =>
            HashCode.Combine(StringComparer.Ordinal.GetHashCode(obj.Source), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.UserName));
    }
}
