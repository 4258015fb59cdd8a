namespace ResponseCentre.Protocol.Zigbee2Mqtt;

/// <summary>
/// zigbee2mqtt publishes each device's state on <c>zigbee2mqtt/{friendly name}</c>. The centre maps
/// a friendly name to a device through the registry: name the device in zigbee2mqtt by the id it
/// is registered under.
/// </summary>
public static class Zigbee2MqttTopics
{
    /// <summary>zigbee2mqtt's default base topic (its <c>mqtt.base_topic</c>).</summary>
    public const string DefaultBaseTopic = "zigbee2mqtt";

    /// <summary>The default base topic with its separator.</summary>
    public const string Prefix = DefaultBaseTopic + "/";

    /// <summary>The topic filter matching every device's state topic (and, one level down, nothing else).</summary>
    public const string AllDevices = Prefix + "+";

    /// <summary>
    /// Reads the device id out of a device state topic. False for zigbee2mqtt's own topics
    /// (<c>zigbee2mqtt/bridge/...</c>), sub-topics such as <c>/availability</c> or <c>/set</c>, and
    /// names that are not valid device ids.
    /// </summary>
    public static bool TryParseDeviceState(string topic, out string deviceId) => TryParseDeviceState(topic, DefaultBaseTopic, out deviceId);

    /// <summary>As <see cref="TryParseDeviceState(string, out string)"/>, for a bridge publishing under <paramref name="baseTopic"/>.</summary>
    public static bool TryParseDeviceState(string topic, string baseTopic, out string deviceId)
    {
        deviceId = string.Empty;
        if (!IsUnder(topic, baseTopic))
        {
            return false;
        }

        var name = topic.AsSpan(baseTopic.Length + 1);
        if (name.SequenceEqual("bridge") || !DeviceIds.IsValid(name))
        {
            return false;
        }

        deviceId = name.ToString();
        return true;
    }

    /// <summary>True for any topic under zigbee2mqtt's base topic.</summary>
    public static bool IsZigbee2Mqtt(string topic) => IsUnder(topic, DefaultBaseTopic);

    /// <summary>True for any topic (or filter) one level or more below <paramref name="baseTopic"/>.</summary>
    public static bool IsUnder(string topic, string baseTopic) =>
        topic.Length > baseTopic.Length + 1 && topic[baseTopic.Length] == '/' && topic.StartsWith(baseTopic, StringComparison.Ordinal);
}
