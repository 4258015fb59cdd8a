using Microsoft.Extensions.Logging;

namespace ResponseCentre.Testing;

/// <summary>One log line written by the application under test.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, string Message);
