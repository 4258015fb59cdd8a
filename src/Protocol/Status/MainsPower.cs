using System.Text.Json.Serialization;

namespace ResponseCentre.Protocol.Status;

/// <summary>Whether a device's mains power is present. The JSON name is the lower-case word shown.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MainsPower>))]
public enum MainsPower
{
    /// <summary><c>on</c>: mains power is present.</summary>
    [JsonStringEnumMemberName("on")] On = 1,

    /// <summary><c>off</c>: mains power is lost; the device runs on its battery.</summary>
    [JsonStringEnumMemberName("off")] Off,
}
