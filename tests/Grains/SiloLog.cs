using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ResponseCentre.Grains.Tests;

/// <summary>Every line the test silo logs at Information or above, with its exception, so tests can count them.</summary>
public sealed class SiloLog : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, LogLevel Level, string Message, Exception? Exception)> _lines = new();

    public IReadOnlyCollection<(string Category, LogLevel Level, string Message, Exception? Exception)> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<(string, LogLevel, string, Exception?)> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                lines.Enqueue((category, logLevel, formatter(state, exception), exception));
            }
        }
    }
}
