using System.Text.Json;
using MQTTnet;
using MQTTnet.Protocol;
using MQTTnet.Server;
using ResponseCentre.Gateway.Broker;
using ResponseCentre.Protocol;

namespace ResponseCentre.Gateway.Ingest;

/// <summary>Publishes acknowledgements to a device's ack topic through the embedded broker.</summary>
internal sealed class DeviceAcknowledger(MqttServer server)
{
    public Task SendAsync(string deviceId, AckMessage ack)
    {
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(Topics.DeviceAcks(deviceId))
            .WithPayload(JsonSerializer.SerializeToUtf8Bytes(ack, ProtocolJsonContext.Default.AckMessage))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithContentType("application/json")
            .Build();

        return server.InjectApplicationMessage(new InjectedMqttApplicationMessage(message) { SenderClientId = BrokerIdentity.ClientId });
    }
}
