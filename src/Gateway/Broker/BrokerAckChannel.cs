using MQTTnet.Server;
using ResponseCentre.Gateway.Ingest;
using ResponseCentre.Protocol;

namespace ResponseCentre.Gateway.Broker;

/// <summary>Publishes acknowledgements to a device's ack topic through the embedded broker.</summary>
internal sealed class BrokerAckChannel(MqttServer server) : IDeviceAckChannel
{
    public Task SendAsync(string deviceId, AckMessage ack) =>
        server.InjectApplicationMessage(new InjectedMqttApplicationMessage(AckMessages.Build(deviceId, ack)) { SenderClientId = BrokerIdentity.ClientId });
}
