using Microsoft.Extensions.Logging;

namespace ResponseCentre.TimeSeries;

internal static partial class TimeSeriesLog
{
    [LoggerMessage(1, LogLevel.Warning, "Time-series store write failed; retrying with backoff, {Buffered} points kept in the local journal")]
    public static partial void WriteFailing(ILogger logger, Exception exception, long buffered);

    [LoggerMessage(2, LogLevel.Debug, "Time-series store write failed again: {Error}")]
    public static partial void WriteFailedAgain(ILogger logger, string error);

    [LoggerMessage(3, LogLevel.Warning, "Time-series store circuit breaker open for {BreakDuration}; {Buffered} points kept in the local journal")]
    public static partial void BreakerOpened(ILogger logger, TimeSpan breakDuration, long buffered);

    [LoggerMessage(4, LogLevel.Information, "Time-series store reachable again; replaying {Buffered} journaled points in order")]
    public static partial void Recovered(ILogger logger, long buffered);

    [LoggerMessage(5, LogLevel.Error, "InfluxDB refused a batch of {Points} points as invalid; its valid points are stored, the rest are dropped: {Error}")]
    public static partial void BatchRefused(ILogger logger, int points, string error);

    [LoggerMessage(6, LogLevel.Error, "Time-series journal failed; trying again")]
    public static partial void JournalFailed(ILogger logger, Exception exception);

    [LoggerMessage(7, LogLevel.Information, "No time-series store configured (TimeSeries:Url); sensor readings are not kept as series")]
    public static partial void NotConfigured(ILogger logger);
}
