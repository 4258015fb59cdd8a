using System.Text.Json;
using MQTTnet;
using MQTTnet.Protocol;
using ResponseCentre.Protocol;

namespace ResponseCentre.Gateway.Ingest;

/// <summary>The MQTT message that carries an acknowledgement to a device, whichever broker sends it.</summary>
internal static class AckMessages
{
    public static MqttApplicationMessage Build(string deviceId, AckMessage ack) => new MqttApplicationMessageBuilder()
        .WithTopic(Topics.DeviceAcks(deviceId))
        .WithPayload(JsonSerializer.SerializeToUtf8Bytes(ack, ProtocolJsonContext.Default.AckMessage))
        .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
        .WithContentType("application/json")
        .Build();
}
