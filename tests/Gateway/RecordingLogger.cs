using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ResponseCentre.Gateway.Tests;

/// <summary>A logger that keeps each line's text (with any exception's), for counting what a class writes.</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _lines.Enqueue(exception is null ? formatter(state, exception) : $"{formatter(state, exception)}{Environment.NewLine}{exception}");
}
