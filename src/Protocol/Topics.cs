namespace ResponseCentre.Protocol;

/// <summary>
/// The MQTT topics a device uses. Version 1 of the contract lives under <c>rc/v1/</c>;
/// a breaking change gets a new prefix so old devices keep working.
/// </summary>
public static class Topics
{
    /// <summary>The prefix shared by every version-1 device topic.</summary>
    public const string DevicePrefix = "rc/v1/devices/";

    /// <summary>Suffix of the topic a device publishes alarm events on.</summary>
    public const string EventsSuffix = "/events";

    /// <summary>Suffix of the topic a device publishes sensor readings on.</summary>
    public const string TelemetrySuffix = "/telemetry";

    /// <summary>Suffix of the topic a device publishes its status (heartbeat and last-will) on.</summary>
    public const string StatusSuffix = "/status";

    /// <summary>Suffix of the topic a device subscribes to for acknowledgements.</summary>
    public const string AcksSuffix = "/acks";

    /// <summary>The topic filter that matches every device's event topic.</summary>
    public const string AllDeviceEvents = DevicePrefix + "+" + EventsSuffix;

    /// <summary>The topic filter that matches every device's telemetry topic.</summary>
    public const string AllDeviceTelemetry = DevicePrefix + "+" + TelemetrySuffix;

    /// <summary>The topic filter that matches every device's status topic.</summary>
    public const string AllDeviceStatus = DevicePrefix + "+" + StatusSuffix;

    /// <summary>The topic a device publishes sensor readings on (QoS 1, or QoS 0 for readings it can afford to lose).</summary>
    public static string DeviceTelemetry(string deviceId) => DevicePrefix + deviceId + TelemetrySuffix;

    /// <summary>The topic a device publishes alarm events on (QoS 1).</summary>
    public static string DeviceEvents(string deviceId) => DevicePrefix + deviceId + EventsSuffix;

    /// <summary>The topic a device publishes its heartbeat on, and sets its MQTT last-will to (QoS 1, not retained).</summary>
    public static string DeviceStatus(string deviceId) => DevicePrefix + deviceId + StatusSuffix;

    /// <summary>The topic the centre publishes acknowledgements to a device on (QoS 1).</summary>
    public static string DeviceAcks(string deviceId) => DevicePrefix + deviceId + AcksSuffix;

    /// <summary>
    /// Reads the device id out of an event topic. Returns false for any other topic,
    /// including ones whose device segment is empty or holds a wildcard.
    /// </summary>
    public static bool TryParseDeviceEvents(string topic, out string deviceId) => TryParseDeviceTopic(topic, EventsSuffix, out deviceId);

    /// <summary>Reads the device id out of a telemetry topic, as <see cref="TryParseDeviceEvents"/> does for events.</summary>
    public static bool TryParseDeviceTelemetry(string topic, out string deviceId) => TryParseDeviceTopic(topic, TelemetrySuffix, out deviceId);

    /// <summary>Reads the device id out of a status topic, as <see cref="TryParseDeviceEvents"/> does for events.</summary>
    public static bool TryParseDeviceStatus(string topic, out string deviceId) => TryParseDeviceTopic(topic, StatusSuffix, out deviceId);

    private static bool TryParseDeviceTopic(string topic, string suffix, out string deviceId)
    {
        deviceId = string.Empty;
        if (!topic.StartsWith(DevicePrefix, StringComparison.Ordinal) ||
            !topic.EndsWith(suffix, StringComparison.Ordinal))
        {
            return false;
        }

        var segment = topic.AsSpan(DevicePrefix.Length, topic.Length - DevicePrefix.Length - suffix.Length);
        if (!DeviceIds.IsValid(segment))
        {
            return false;
        }

        deviceId = segment.ToString();
        return true;
    }
}
