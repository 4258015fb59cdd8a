using Microsoft.Extensions.Logging;

namespace ResponseCentre.Gateway.External;

internal static partial class ExternalBrokerLog
{
    [LoggerMessage(101, LogLevel.Information, "Subscribed to {Host}:{Port} as '{Filter}' (session kept by the broker: {SessionPresent})")]
    public static partial void Subscribed(ILogger logger, string host, int port, string filter, bool sessionPresent);

    [LoggerMessage(102, LogLevel.Warning, "Lost the connection to the broker at {Host}:{Port}; reconnecting")]
    public static partial void Disconnected(ILogger logger, string host, int port);

    [LoggerMessage(103, LogLevel.Warning, "Could not connect to the broker at {Host}:{Port}; trying again in {Delay}")]
    public static partial void ConnectFailed(ILogger logger, Exception exception, string host, int port, TimeSpan delay);

    [LoggerMessage(104, LogLevel.Information, "Message on '{Topic}' left unacknowledged; the broker delivers it again")]
    public static partial void LeftUnacknowledged(ILogger logger, Exception exception, string topic);
}
