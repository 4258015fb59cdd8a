using System.Net;
using System.Net.Sockets;

namespace ResponseCentre.Testing;

/// <summary>
/// Finds a loopback port nobody listens on, for servers (Orleans, the embedded broker) that
/// cannot report the port they bound when given 0.
/// </summary>
public static class FreeTcpPort
{
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
