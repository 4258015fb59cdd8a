using System.Net;
using System.Net.Sockets;

namespace ResponseCentre.EndToEnd.Tests.Security;

/// <summary>
/// A raw TCP connection to the broker from a chosen loopback source address (all of 127.0.0.0/8 is
/// this machine), so a test can play strangers on other hosts without leaving loopback.
/// </summary>
internal sealed class StrangerSocket : IDisposable
{
    private readonly Socket _socket;

    private StrangerSocket(Socket socket, bool resetAtOnce)
    {
        _socket = socket;
        ResetAtOnce = resetAtOnce;
    }

    /// <summary>The broker reset the connection before the TCP handshake had completed on this side.</summary>
    public bool ResetAtOnce { get; }

    public static async Task<StrangerSocket> OpenAsync(int port, string sourceAddress)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Parse(sourceAddress), 0));
        try
        {
            await socket.ConnectAsync(IPAddress.Loopback, port);
            return new StrangerSocket(socket, resetAtOnce: false);
        }
        catch (SocketException ex) when (ex.SocketErrorCode is SocketError.ConnectionReset)
        {
            return new StrangerSocket(socket, resetAtOnce: true);
        }
    }

    public Task SendAsync(params byte[] bytes) => _socket.SendAsync(bytes);

    /// <summary>Completes when the broker closes the connection (end of stream or reset); fails if it sends anything first.</summary>
    public async Task ClosedByBrokerAsync(TimeSpan patience)
    {
        if (ResetAtOnce)
        {
            return;
        }

        var buffer = new byte[64];
        try
        {
            var read = await _socket.ReceiveAsync(buffer.AsMemory()).AsTask().WaitAsync(patience);
            Assert.True(read == 0, $"the broker answered {read} bytes instead of closing the connection");
        }
        catch (SocketException ex) when (ex.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionAborted)
        {
        }
    }

    /// <summary>Reads what the broker sends next (at least one byte), for a CONNACK.</summary>
    public async Task<byte[]> ReceiveAsync(TimeSpan patience)
    {
        var buffer = new byte[256];
        var read = await _socket.ReceiveAsync(buffer.AsMemory()).AsTask().WaitAsync(patience);
        return buffer[..read];
    }

    public void Dispose() => _socket.Dispose();
}
