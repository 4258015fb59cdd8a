namespace ResponseCentre.Grains.Abstractions.Devices;

/// <summary>What a device's status message says about its connection.</summary>
[GenerateSerializer, Alias("rc.DeviceLink")]
public enum DeviceLink
{
    /// <summary>A heartbeat: the device is connected and working. Counts as contact.</summary>
    Alive = 1,
    /// <summary>The device's MQTT last-will: the broker saw its connection die. Not contact.</summary>
    Offline,
}
