using System.Net;
using System.Security.Cryptography.X509Certificates;
using MQTTnet.Adapter;
using MQTTnet.Formatter;
using MQTTnet.Packets;
using MQTTnet.Protocol;

namespace ResponseCentre.Gateway.Connections;

/// <summary>
/// MQTTnet's packet adapter for one connection, with the checks the broker makes at CONNECT before
/// anyone is authenticated: the connection stops counting as pending, it gets the packet limit of
/// what it claims to be (a bridge sends larger state lists than a device), a will topic with
/// wildcards is refused (MQTT forbids them), and MQTT 5 clients are told the packet limit in the CONNACK.
/// </summary>
internal sealed class GuardedChannelAdapter(
    MqttChannelAdapter inner, GuardedChannel channel, AdmissionTicket ticket, ConnectionPolicy policy) : IMqttChannelAdapter
{
    private bool _connectSeen;

    public long BytesReceived => inner.BytesReceived;

    public long BytesSent => inner.BytesSent;

    public X509Certificate2 ClientCertificate => inner.ClientCertificate;

    public EndPoint RemoteEndPoint => inner.RemoteEndPoint;

    public EndPoint LocalEndPoint => inner.LocalEndPoint;

    public bool IsSecureConnection => inner.IsSecureConnection;

    public MqttPacketFormatterAdapter PacketFormatterAdapter => inner.PacketFormatterAdapter;

    public Task ConnectAsync(CancellationToken cancellationToken) => inner.ConnectAsync(cancellationToken);

    public Task DisconnectAsync(CancellationToken cancellationToken) => inner.DisconnectAsync(cancellationToken);

    public async Task<MqttPacket> ReceivePacketAsync(CancellationToken cancellationToken)
    {
        var packet = await inner.ReceivePacketAsync(cancellationToken).ConfigureAwait(false);
        if (_connectSeen || packet is not MqttConnectPacket connect)
        {
            return packet;
        }

        _connectSeen = true;
        ticket.ConnectReceived();
        channel.Limiter.PacketLimit = policy.PacketLimitFor(connect.Username);
        channel.IsMqtt5 = PacketFormatterAdapter.ProtocolVersion == MqttProtocolVersion.V500;
        if (connect.WillFlag && ConnectionPolicy.HasWildcard(connect.WillTopic))
        {
            policy.WildcardWillRefused(connect.ClientId, connect.Username, RemoteEndPoint);
            if (PacketFormatterAdapter.ProtocolVersion == MqttProtocolVersion.V500)
            {
                await inner.SendPacketAsync(new MqttConnAckPacket
                {
                    ReasonCode = MqttConnectReasonCode.TopicNameInvalid,
                    ReasonString = "a will topic must not contain wildcards",
                }, cancellationToken).ConfigureAwait(false);
            }

            // MQTT 3.1.1 has no CONNACK code for a malformed CONNECT: the connection is closed unanswered.
            return null!;
        }

        return connect;
    }

    public Task SendPacketAsync(MqttPacket packet, CancellationToken cancellationToken)
    {
        if (packet is MqttConnAckPacket connAck)
        {
            connAck.MaximumPacketSize = (uint)channel.Limiter.PacketLimit;
        }

        return inner.SendPacketAsync(packet, cancellationToken);
    }

    public void ResetStatistics() => inner.ResetStatistics();

    public void Dispose() => inner.Dispose();
}
