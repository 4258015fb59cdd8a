using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ResponseCentre.Bench.Hostile;

/// <summary>
/// Raw TCP connections that never send CONNECT, held open: what the server does with them (keeps,
/// closes, refuses) and how soon. Each is watched by a pending one-byte read that ends when the
/// server closes or resets it.
/// </summary>
internal sealed class ConnectionFlood : IDisposable
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);

    private readonly List<Socket> _sockets = [];
    private readonly LatencyRecorder _timeToClose = new();
    private int _notEstablished;
    private int _closed;

    public int Attempted { get; private init; }

    /// <summary>TCP handshakes that completed (the kernel may complete them before the server accepts).</summary>
    public int Established => _sockets.Count;

    /// <summary>Refused, reset or timed out before the TCP handshake completed.</summary>
    public int NotEstablished => _notEstablished;

    /// <summary>Established, then closed or reset by the server so far.</summary>
    public int ClosedByServer => Volatile.Read(ref _closed);

    /// <summary>From connect to the server's close, of those it closed.</summary>
    public LatencySummary TimeToClose => _timeToClose.Summarise();

    public TimeSpan OpeningTook { get; private set; }

    public static async Task<ConnectionFlood> OpenAsync(int port, int count)
    {
        var flood = new ConnectionFlood { Attempted = count };
        var clock = Stopwatch.StartNew();
        var sockets = new Socket?[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 256 }, async (n, _) =>
        {
            sockets[n] = await flood.ConnectAsync(port);
        });
        flood.OpeningTook = clock.Elapsed;
        flood._sockets.AddRange(sockets.OfType<Socket>());
        return flood;
    }

    public void Dispose()
    {
        foreach (var socket in _sockets)
        {
            socket.Dispose();
        }
    }

    private async Task<Socket?> ConnectAsync(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        using var timeout = new CancellationTokenSource(ConnectTimeout);
        try
        {
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), timeout.Token);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            Interlocked.Increment(ref _notEstablished);
            socket.Dispose();
            return null;
        }

        _ = WatchAsync(socket, Stopwatch.GetTimestamp());
        return socket;
    }

    /// <summary>Ends when the server closes or resets the connection (or this flood disposes it).</summary>
    private async Task WatchAsync(Socket socket, long connectedAt)
    {
        var buffer = new byte[1];
        try
        {
            await socket.ReceiveAsync(buffer, SocketFlags.None);
        }
        catch (SocketException)
        {
            // reset by the server: closed as well
        }
        catch (ObjectDisposedException)
        {
            return; // disposed by us at the end
        }

        _timeToClose.Record(connectedAt, Stopwatch.GetTimestamp());
        Interlocked.Increment(ref _closed);
    }
}
