using System.Text.Json.Serialization;

namespace ResponseCentre.Protocol.Status;

/// <summary>Whether a device says it is connected. The JSON name is the lower-case word shown.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeviceLinkState>))]
public enum DeviceLinkState
{
    /// <summary><c>alive</c>: the device is connected and working; its periodic heartbeat.</summary>
    [JsonStringEnumMemberName("alive")] Alive = 1,

    /// <summary><c>offline</c>: the device's MQTT last-will, published by the broker when the connection died.</summary>
    [JsonStringEnumMemberName("offline")] Offline,
}
