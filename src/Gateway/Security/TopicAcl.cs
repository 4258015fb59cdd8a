using ResponseCentre.Protocol;
using ResponseCentre.Protocol.Zigbee2Mqtt;

namespace ResponseCentre.Gateway.Security;

/// <summary>
/// Which topics a connection may use: a device only its own device topics and its own acks, a
/// bridge (zigbee2mqtt) only zigbee2mqtt's topics. Topics that belong to nobody are left to the
/// protocol's own refusal (unknown topic).
/// </summary>
internal static class TopicAcl
{
    public static bool MayPublish(DeviceIdentity identity, string topic)
    {
        var isDeviceTopic = Topics.TryParseDeviceEvents(topic, out var device)
            || Topics.TryParseDeviceTelemetry(topic, out device)
            || Topics.TryParseDeviceStatus(topic, out device);
        if (identity.IsBridge)
        {
            return !isDeviceTopic;
        }

        return isDeviceTopic ? device == identity.Id : !Zigbee2MqttTopics.IsZigbee2Mqtt(topic);
    }

    public static bool MaySubscribe(DeviceIdentity identity, string topicFilter) => identity.IsBridge
        ? Zigbee2MqttTopics.IsZigbee2Mqtt(topicFilter)
        : topicFilter == Topics.DeviceAcks(identity.Id);
}
