using Orleans.Concurrency;

namespace ResponseCentre.Grains.Abstractions.Devices;

/// <summary>The registry entry of one device. Keyed by <see cref="DeviceId"/>.</summary>
[Alias("rc.IDeviceGrain")]
public interface IDeviceGrain : IGrainWithStringKey
{
    /// <summary>Registers the device to a resident, replacing any earlier assignment.</summary>
    [Alias("Assign")]
    Task AssignAsync(DeviceAssignment assignment);

    /// <summary>The assignment, or null when the device is not registered.</summary>
    [Alias("GetAssignment"), ReadOnly]
    Task<DeviceAssignment?> GetAssignmentAsync();
}
