namespace ResponseCentre.Grains.Abstractions.Devices;

/// <summary>A device's supervision as it stands.</summary>
/// <param name="Settings">The supervision in force.</param>
/// <param name="LastContact">The last status, alarm or telemetry received, by the centre's clock; null before any.</param>
/// <param name="Deadline">When the device is reported offline unless contact comes first; null when nothing is pending.</param>
/// <param name="Battery">The last reported battery level, percent.</param>
/// <param name="MainsOn">The last reported mains state.</param>
/// <param name="Tamper">The last reported tamper state.</param>
/// <param name="Faults">The faults with an incident open.</param>
[GenerateSerializer, Immutable, Alias("rc.DeviceSupervisionView")]
public sealed record DeviceSupervisionView(
    [property: Id(0)] DeviceSupervision Settings,
    [property: Id(1)] DateTimeOffset? LastContact,
    [property: Id(2)] DateTimeOffset? Deadline,
    [property: Id(3)] int? Battery,
    [property: Id(4)] bool? MainsOn,
    [property: Id(5)] bool? Tamper,
    [property: Id(6)] IReadOnlyList<DeviceFault> Faults);
