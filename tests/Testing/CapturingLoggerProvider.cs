using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ResponseCentre.Testing;

/// <summary>Keeps every log line of Information or above, so tests can assert that a rejection was logged.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _lines = new();
    private TaskCompletionSource _added = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyCollection<CapturedLog> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, this);

    /// <summary>Waits, without polling, until the lines written so far satisfy <paramref name="condition"/>.</summary>
    public async Task WaitUntilAsync(Func<IReadOnlyCollection<CapturedLog>, bool> condition, TimeSpan patience)
    {
        using var cancel = new CancellationTokenSource(patience);
        while (true)
        {
            var added = Volatile.Read(ref _added).Task;
            if (condition(_lines))
            {
                return;
            }

            await added.WaitAsync(cancel.Token);
        }
    }

    private void Add(CapturedLog line)
    {
        _lines.Enqueue(line);
        Interlocked.Exchange(ref _added, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, CapturingLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Add(new CapturedLog(category, logLevel, formatter(state, exception)));
            }
        }
    }
}
