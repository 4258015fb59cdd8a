using System.ComponentModel.DataAnnotations;

namespace ResponseCentre.Gateway.Connections;

/// <summary>
/// What the embedded broker lets strangers and devices cost it before and after they authenticate.
/// Configuration section <c>Gateway:Broker:Connections</c>. The process needs a file-handle limit of
/// at least <see cref="MaxConnections"/> + <see cref="MaxPendingConnections"/> + a few hundred for
/// HTTP, the database and the cluster (deploy/ sets <c>LimitNOFILE=65536</c>).
/// </summary>
public sealed class ConnectionLimitsOptions
{
    public const string Section = "Gateway:Broker:Connections";

    /// <summary>Authenticated device connections at once; the next device gets CONNACK 0x89 (server busy).</summary>
    [Range(1, 1_000_000)]
    public int MaxConnections { get; set; } = 20_000;

    /// <summary>TCP connections that have not yet sent a complete CONNECT, in total; more are closed at once.</summary>
    [Range(1, 1_000_000)]
    public int MaxPendingConnections { get; set; } = 1_000;

    /// <summary>Connections not yet past CONNECT from one source address; more from it are closed at once.</summary>
    [Range(1, 1_000_000)]
    public int MaxPendingPerAddress { get; set; } = 32;

    /// <summary>How long a new connection has to finish TLS and send its CONNECT (MQTTnet's own default waits 100 s).</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The largest CONNECT accepted (with its will message and properties), read before anyone is authenticated.</summary>
    [Range(64, 268_435_455)]
    public int MaxConnectPacketBytes { get; set; } = 4_096;

    /// <summary>The largest packet an authenticated client may send; advertised to MQTT 5 clients in the CONNACK.</summary>
    [Range(64, 268_435_455)]
    public int MaxPacketBytes { get; set; } = 65_536;

    /// <summary>The largest packet a bridge (zigbee2mqtt) may send: its device lists are larger than any device message.</summary>
    [Range(64, 268_435_455)]
    public int MaxBridgePacketBytes { get; set; } = 1_048_576;

    /// <summary>CONNECTs authenticated at once; more wait (up to <see cref="ConnectTimeout"/>), so a reconnect storm cannot crowd out alarms.</summary>
    [Range(1, 10_000)]
    public int MaxConcurrentHandshakes { get; set; } = 4;

    /// <summary>Sustained handshakes per second, with a burst of the same size: after a restart every device still gets back in, paced.</summary>
    [Range(1, 1_000_000)]
    public double HandshakesPerSecond { get; set; } = 500;
}
