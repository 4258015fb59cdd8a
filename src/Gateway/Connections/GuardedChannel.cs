using System.Buffers;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using MQTTnet.Channel;

namespace ResponseCentre.Gateway.Connections;

/// <summary>
/// One accepted device connection as MQTTnet reads it: the socket's stream (plain or TLS), with
/// every byte read passed through a <see cref="MqttFrameLimiter"/> first. A packet over its limit
/// ends the connection as if the client had closed it, before MQTTnet buffers the packet.
/// </summary>
internal sealed class GuardedChannel(
    Stream stream, EndPoint localEndPoint, EndPoint remoteEndPoint, X509Certificate2? clientCertificate, MqttFrameLimiter limiter,
    AdmissionTicket ticket, ConnectionMetrics metrics)
    : IMqttChannel, IDisposable
{
    // DISCONNECT with reason 0x95 (packet too large) and no properties: MQTT 5 clients learn why.
    private static readonly byte[] PacketTooLarge = [0xE0, 0x01, 0x95];

    // MQTTnet may write one packet in several calls: the DISCONNECT waits for the end of the packet
    // being written, or the client would read the two interleaved.
    private readonly SemaphoreSlim _writing = new(1, 1);
    private bool _midPacket;
    private int _closed;

    public X509Certificate2? ClientCertificate => clientCertificate;

    public EndPoint RemoteEndPoint => remoteEndPoint;

    public EndPoint LocalEndPoint => localEndPoint;

    public bool IsSecureConnection => stream is System.Net.Security.SslStream;

    public MqttFrameLimiter Limiter => limiter;

    /// <summary>The client connected with MQTT 5, which has a DISCONNECT to say why the broker closes.</summary>
    public bool IsMqtt5 { get; set; }

    public Task ConnectAsync(CancellationToken cancellationToken) =>
        throw new NotSupportedException("an accepted connection is connected already");

    public Task DisconnectAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        int read;
        try
        {
            read = await stream.ReadAsync(buffer.AsMemory(offset, count), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ObjectDisposedException or IOException && Volatile.Read(ref _closed) == 1)
        {
            return 0;
        }

        if (read > 0 && !limiter.Accept(buffer.AsSpan(offset, read)))
        {
            metrics.Dropped(ticket.IsPastConnect ? "packet-limit" : "connect-limit");
            if (ticket.IsPastConnect && IsMqtt5)
            {
                await SayPacketTooLargeAsync().ConfigureAwait(false);
            }

            Dispose();
            return 0;
        }

        return read;
    }

    public async Task WriteAsync(ReadOnlySequence<byte> buffer, bool isEndOfPacket, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _closed) == 1, this);
        if (!_midPacket)
        {
            await _writing.WaitAsync(cancellationToken).ConfigureAwait(false);
            _midPacket = true;
        }

        try
        {
            foreach (var segment in buffer)
            {
                await stream.WriteAsync(segment, cancellationToken).ConfigureAwait(false);
            }

            if (isEndOfPacket)
            {
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (isEndOfPacket)
            {
                _midPacket = false;
                _writing.Release();
            }
        }
    }

    private async Task SayPacketTooLargeAsync()
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        try
        {
            await _writing.WaitAsync(patience.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return; // a packet is stuck half-written: close without a word
        }

        try
        {
            await stream.WriteAsync(PacketTooLarge, patience.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // It is closed either way.
        }
        finally
        {
            _writing.Release();
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _closed, 1) == 0)
        {
            stream.Dispose();
        }
    }
}
