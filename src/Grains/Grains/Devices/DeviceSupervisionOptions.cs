namespace ResponseCentre.Grains.Devices;

/// <summary>How device supervision is kept running. Configuration section <c>DeviceSupervision</c>.</summary>
public sealed class DeviceSupervisionOptions
{
    public const string Section = "DeviceSupervision";

    /// <summary>
    /// How often the durable reminder checks a device with a deadline pending (default 5 minutes). A grain
    /// timer fires each deadline on time; this is only how late one may fire after the silo holding the device
    /// failed, traded against a reminder tick per supervised device. Deadlines are tens of minutes away.
    /// </summary>
    public TimeSpan BackstopPeriod { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Contact from alarms and telemetry is stored at most this often per device (default 1 minute), so a
    /// chatty sensor does not cost a write per reading. After a silo failure a deadline may therefore come up
    /// to this much early; a graceful deactivation stores the latest contact.
    /// </summary>
    public TimeSpan ContactWriteInterval { get; set; } = TimeSpan.FromMinutes(1);
}
