using Microsoft.Extensions.Logging;
using ResponseCentre.Grains.Abstractions.Signals;

namespace ResponseCentre.Grains.Signals;

internal static partial class ResidentHistoryLog
{
    [LoggerMessage(LogLevel.Information, "Risk signal {SignalId} raised for resident {ResidentId}: {Sentence}")]
    public static partial void SignalRaised(ILogger logger, RiskSignalId signalId, string residentId, string sentence);

    [LoggerMessage(LogLevel.Information, "Risk signal {SignalId} cleared: its condition has been clear for {ClearAfter}")]
    public static partial void SignalCleared(ILogger logger, RiskSignalId signalId, TimeSpan clearAfter);

    [LoggerMessage(LogLevel.Information, "Risk signal {SignalId} acknowledged by {Actor}")]
    public static partial void SignalAcknowledged(ILogger logger, RiskSignalId signalId, string actor);

    [LoggerMessage(LogLevel.Warning, "Risk signal {SignalId} could not be published on the feed; retrying at the next evaluation")]
    public static partial void SignalNotDelivered(ILogger logger, Exception exception, RiskSignalId signalId);
}
