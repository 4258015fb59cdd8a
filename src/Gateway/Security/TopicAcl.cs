using ResponseCentre.Protocol;
using ResponseCentre.Protocol.Zigbee2Mqtt;

namespace ResponseCentre.Gateway.Security;

/// <summary>
/// Which topics a connection may use: a device only its own device topics and its own acks, a
/// bridge (zigbee2mqtt) only topics under its own base topic. Topics that belong to nobody are
/// left to the protocol's own refusal (unknown topic).
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
            return !isDeviceTopic && IsUnderBaseTopic(identity, topic);
        }

        return isDeviceTopic ? device == identity.Id : !Zigbee2MqttTopics.IsZigbee2Mqtt(topic);
    }

    // A filter that starts with the base topic and a separator can only match topics under it,
    // whatever wildcards follow.
    public static bool MaySubscribe(DeviceIdentity identity, string topicFilter) => identity.IsBridge
        ? IsUnderBaseTopic(identity, topicFilter)
        : topicFilter == Topics.DeviceAcks(identity.Id);

    private static bool IsUnderBaseTopic(DeviceIdentity bridge, string topic) =>
        bridge.BaseTopic is { } baseTopic && Zigbee2MqttTopics.IsUnder(topic, baseTopic);
}
