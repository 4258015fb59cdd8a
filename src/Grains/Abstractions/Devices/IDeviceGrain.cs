using Orleans.Concurrency;

namespace ResponseCentre.Grains.Abstractions.Devices;

/// <summary>
/// The registry entry of one device and its supervision: heartbeat deadline and technical faults
/// (offline, low battery, mains lost, tamper), each raised as a technical incident for the resident the
/// device is assigned to and resolved by the system when it clears. Keyed by <see cref="DeviceId"/>.
/// </summary>
[Alias("rc.IDeviceGrain")]
public interface IDeviceGrain : IGrainWithStringKey
{
    /// <summary>Registers the device to a resident, replacing any earlier assignment.</summary>
    [Alias("Assign")]
    Task AssignAsync(DeviceAssignment assignment);

    /// <summary>The assignment, or null when the device is not registered.</summary>
    [Alias("GetAssignment"), ReadOnly]
    Task<DeviceAssignment?> GetAssignmentAsync();

    /// <summary>
    /// Sets how the device is supervised (until set: <see cref="DeviceSupervision.Default"/>) and moves a
    /// pending deadline accordingly. Throws <see cref="ArgumentException"/> naming the wrong field.
    /// </summary>
    [Alias("SetSupervision")]
    Task SetSupervisionAsync(DeviceSupervision supervision);

    /// <summary>The device's supervision as it stands.</summary>
    [Alias("GetSupervision"), ReadOnly]
    Task<DeviceSupervisionView> GetSupervisionAsync();

    /// <summary>
    /// Records a status message: a heartbeat is contact (clearing an offline fault), a last-will brings the
    /// offline deadline forward to its arrival + grace, and battery, mains and tamper open or clear their
    /// faults. Returns false, recording nothing, when the device is not registered.
    /// </summary>
    [Alias("ReportStatus")]
    Task<bool> ReportStatusAsync(DeviceStatusReport report);

    /// <summary>
    /// Records contact other than a status message (an alarm or telemetry received at
    /// <paramref name="receivedAt"/>, by the centre's clock): moves the deadline and clears an offline fault.
    /// Returns the assignment, null when the device is not registered, so a caller that needs both makes one call.
    /// </summary>
    [Alias("Touch")]
    Task<DeviceAssignment?> TouchAsync(DateTimeOffset receivedAt);

    /// <summary>Stores the device's credential (replacing any earlier one) and returns once it is durable.</summary>
    [Alias("SetCredential")]
    Task SetCredentialAsync(DeviceCredential credential);

    /// <summary>The device's credential, or null when none was set (such a device cannot connect).</summary>
    [Alias("GetCredential"), Orleans.Concurrency.ReadOnly]
    Task<DeviceCredential?> GetCredentialAsync();
}
