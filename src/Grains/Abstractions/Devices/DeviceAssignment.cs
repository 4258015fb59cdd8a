using ResponseCentre.Grains.Abstractions.Residents;

namespace ResponseCentre.Grains.Abstractions.Devices;

/// <summary>Which resident a registered device belongs to.</summary>
/// <param name="Device">The device.</param>
/// <param name="Resident">The resident whose home it is in.</param>
[GenerateSerializer, Immutable, Alias("rc.DeviceAssignment")]
public sealed record DeviceAssignment([property: Id(0)] DeviceId Device, [property: Id(1)] ResidentId Resident);
