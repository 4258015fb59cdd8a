namespace ResponseCentre.Grains.Abstractions.Devices;

/// <summary>
/// How a device is supervised. Heartbeat supervision starts with the device's first status message
/// (devices that never publish one, e.g. zigbee2mqtt sensors, are not expected to); from then on, every
/// contact (status, alarm or telemetry) moves the device's deadline to last contact + interval + grace.
/// </summary>
/// <param name="Enabled">False: the device is never reported offline. Battery, mains and tamper faults it reports still are.</param>
/// <param name="HeartbeatInterval">How often the device sends a heartbeat; positive.</param>
/// <param name="Grace">How long past a missed heartbeat, or after its last-will, before it is reported offline; zero or more.</param>
/// <param name="LowBatteryBelow">A battery level below this (percent) opens a low-battery fault.</param>
/// <param name="BatteryRecoveredAt">A battery level at or above this (percent, not below <paramref name="LowBatteryBelow"/>) clears it.</param>
[GenerateSerializer, Immutable, Alias("rc.DeviceSupervision")]
public sealed record DeviceSupervision(
    [property: Id(0)] bool Enabled,
    [property: Id(1)] TimeSpan HeartbeatInterval,
    [property: Id(2)] TimeSpan Grace,
    [property: Id(3)] int LowBatteryBelow = 20,
    [property: Id(4)] int BatteryRecoveredAt = 30)
{
    /// <summary>Applies until one is set: a heartbeat every 15 minutes, 10 minutes' grace, low battery below 20 %, cleared at 30 %.</summary>
    public static DeviceSupervision Default { get; } = new(true, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(10));

    /// <summary>The defaults with heartbeat supervision off: never reported offline.</summary>
    public static DeviceSupervision Disabled { get; } = Default with { Enabled = false };

    /// <summary>How long after the last contact the device is reported offline.</summary>
    public TimeSpan Silence => HeartbeatInterval + Grace;
}
