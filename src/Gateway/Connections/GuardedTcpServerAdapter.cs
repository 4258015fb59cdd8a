using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet.Adapter;
using MQTTnet.Diagnostics.Logger;
using MQTTnet.Formatter;
using MQTTnet.Server;
using ResponseCentre.Gateway.Broker;
using ResponseCentre.Gateway.Security;

namespace ResponseCentre.Gateway.Connections;

/// <summary>
/// The embedded broker's TCP listeners (plain, and TLS when configured), in place of MQTTnet's own:
/// each accepted socket is admitted or closed at once (<see cref="ConnectionAdmission"/>), must
/// finish TLS and its CONNECT within the connect timeout, and is read through the frame limiter.
/// Listens on exactly the configured address (MQTTnet's own listener adds [::] beside it).
/// </summary>
internal sealed class GuardedTcpServerAdapter(
    IOptions<BrokerOptions> broker, IOptions<ConnectionLimitsOptions> limits, ConnectionAdmission admission, ConnectionPolicy policy,
    ConnectionMetrics metrics, DeviceCertificates deviceCertificates, TimeProvider time, ILogger<GuardedTcpServerAdapter> logger)
    : IMqttServerAdapter
{
    private readonly List<Socket> _listeners = [];
    private CancellationTokenSource? _stopping;
    private MqttServerOptions? _serverOptions;
    private IMqttNetLogger? _mqttLogger;

    public Func<IMqttChannelAdapter, Task>? ClientHandler { get; set; }

    /// <summary>The ports actually bound (plain first), known once started; a configured port 0 is chosen by the OS.</summary>
    public IReadOnlyList<int> BoundPorts => _listeners.ConvertAll(l => ((IPEndPoint)l.LocalEndPoint!).Port);

    public Task StartAsync(MqttServerOptions options, IMqttNetLogger logger)
    {
        _serverOptions = options;
        _mqttLogger = logger;
        _stopping = new CancellationTokenSource();
        var address = IPAddress.Parse(broker.Value.BindAddress);
        Listen(new IPEndPoint(address, broker.Value.Port), serverCertificate: null);
        if (broker.Value.Tls.CertificatePath is { } path)
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, broker.Value.Tls.CertificatePassword);
            Listen(new IPEndPoint(address, broker.Value.Tls.Port), certificate);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync()
    {
        _stopping?.Cancel();
        foreach (var listener in _listeners)
        {
            listener.Dispose();
        }

        _listeners.Clear();
        return Task.CompletedTask;
    }

    /// <summary>Both the DI container and the MQTTnet server dispose their adapters: the second call finds nothing to do.</summary>
    public void Dispose()
    {
        StopAsync();
        Interlocked.Exchange(ref _stopping, null)?.Dispose();
    }

    private void Listen(IPEndPoint endpoint, X509Certificate2? serverCertificate)
    {
        var listener = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        if (endpoint.Address.Equals(IPAddress.IPv6Any))
        {
            listener.DualMode = true; // "::" means every address, IPv4 included
        }

        listener.Bind(endpoint);
        listener.Listen(1024);
        _listeners.Add(listener);
        _ = AcceptLoopAsync(listener, serverCertificate, _stopping!.Token);
    }

    private async Task AcceptLoopAsync(Socket listener, X509Certificate2? serverCertificate, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptAsync(stopping).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException ex)
            {
                // Out of file handles and the like: keep accepting, the next one may succeed.
                ConnectionLog.AcceptFailed(logger, ex.SocketErrorCode);
                await Task.Delay(TimeSpan.FromSeconds(1), time, CancellationToken.None).ConfigureAwait(false);
                continue;
            }

            var remote = (IPEndPoint)socket.RemoteEndPoint!;
            if (admission.TryAdmit(remote.Address, out var refusal) is not { } ticket)
            {
                metrics.Dropped(refusal!);
                socket.LingerState = new LingerOption(true, 0); // reset, so the closed socket holds nothing in TIME_WAIT
                socket.Dispose();
                continue;
            }

            socket.NoDelay = true;
            _ = Task.Run(() => ServeAsync(socket, remote, ticket, serverCertificate), CancellationToken.None);
        }
    }

    private async Task ServeAsync(Socket socket, IPEndPoint remote, AdmissionTicket ticket, X509Certificate2? serverCertificate)
    {
        using var _ = ticket;
        using var deadline = new CancellationTokenSource(limits.Value.ConnectTimeout, time);
        Stream stream = new NetworkStream(socket, ownsSocket: true);
        GuardedChannel? channel = null;
        await using var onDeadline = deadline.Token.Register(() =>
        {
            if (!ticket.IsPastConnect)
            {
                metrics.Dropped("connect-timeout");
                ((IDisposable?)channel ?? stream).Dispose();
            }
        });
        try
        {
            X509Certificate2? clientCertificate = null;
            if (serverCertificate is not null)
            {
                var tls = new SslStream(stream, leaveInnerStreamOpen: false,
                    deviceCertificates.Mode == ClientCertificateMode.Off ? null : deviceCertificates.ValidateDuringHandshake);
                stream = tls;
                await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
                {
                    ServerCertificate = serverCertificate,
                    // Optional certificates are still requested, or clients never send one.
                    ClientCertificateRequired = deviceCertificates.Mode != ClientCertificateMode.Off,
                    CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
                }, deadline.Token).ConfigureAwait(false);
                clientCertificate = tls.RemoteCertificate is { } presented ? X509CertificateLoader.LoadCertificate(presented.Export(X509ContentType.Cert)) : null;
            }

            var limiter = new MqttFrameLimiter(limits.Value.MaxConnectPacketBytes, limits.Value.MaxPacketBytes);
            channel = new GuardedChannel(stream, socket.LocalEndPoint!, remote, clientCertificate, limiter, ticket, metrics);
            var formatter = new MqttPacketFormatterAdapter(new MqttBufferWriter(_serverOptions!.WriterBufferSize, _serverOptions.WriterBufferSizeMax));
            using var adapter = new GuardedChannelAdapter(new MqttChannelAdapter(channel, formatter, _mqttLogger), channel, ticket, policy);
            if (ClientHandler is { } handle)
            {
                await handle(adapter).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or AuthenticationException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // A client that left, failed TLS or ran out its connect time: nothing of the centre's is at stake.
        }
        finally
        {
            ((IDisposable?)channel ?? stream).Dispose();
        }
    }
}
