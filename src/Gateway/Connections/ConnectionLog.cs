using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace ResponseCentre.Gateway.Connections;

internal static partial class ConnectionLog
{
    [LoggerMessage(101, LogLevel.Warning, "Accepting an MQTT connection failed ({Error}); the broker goes on accepting")]
    public static partial void AcceptFailed(ILogger logger, SocketError error);
}
