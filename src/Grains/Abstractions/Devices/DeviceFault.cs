using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Abstractions.Devices;

/// <summary>A technical fault of a device that has an incident open; at most one per device and kind.</summary>
/// <param name="Kind">DeviceOffline, LowBattery, MainsLost or Tamper.</param>
/// <param name="Incident">The incident raised for it, which the device grain resolves when the fault clears.</param>
/// <param name="Since">When the centre raised it.</param>
[GenerateSerializer, Immutable, Alias("rc.DeviceFault")]
public sealed record DeviceFault(
    [property: Id(0)] IncidentKind Kind,
    [property: Id(1)] IncidentId Incident,
    [property: Id(2)] DateTimeOffset Since);
