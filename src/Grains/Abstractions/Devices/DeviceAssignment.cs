using ResponseCentre.Grains.Abstractions.Residents;

namespace ResponseCentre.Grains.Abstractions.Devices;

/// <summary>Which resident a registered device belongs to, and the bridge it reports through, if any.</summary>
/// <param name="Device">The device.</param>
/// <param name="Resident">The resident whose home it is in.</param>
/// <param name="Bridge">
/// The user name of the bridge account (zigbee2mqtt) the device sits behind; only that bridge may publish
/// its state. Null for a device that connects itself.
/// </param>
[GenerateSerializer, Immutable, Alias("rc.DeviceAssignment")]
public sealed record DeviceAssignment(
    [property: Id(0)] DeviceId Device,
    [property: Id(1)] ResidentId Resident,
    [property: Id(2)] string? Bridge = null);
