using System.Net.Sockets;
using MQTTnet.Exceptions;

namespace ResponseCentre.DevicesSim.Devices;

/// <summary>
/// Tells the failures a device meets on the network apart from bugs, so the simulator reports
/// the former and keeps going but still crashes loudly on the latter.
/// </summary>
internal static class ConnectionProblems
{
    public static bool IsConnectionProblem(this Exception exception, CancellationToken stopping) => exception switch
    {
        MqttCommunicationException or SocketException or IOException or TimeoutException => true,
        OperationCanceledException => !stopping.IsCancellationRequested,
        _ => false,
    };

    /// <summary>The message with its cause, since MQTTnet's own message rarely says why (refused, unreachable, ...).</summary>
    public static string Describe(this Exception exception) =>
        exception.InnerException is { } cause ? $"{exception.Message} ({cause.Message})" : exception.Message;
}
