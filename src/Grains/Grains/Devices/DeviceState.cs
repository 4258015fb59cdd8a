using ResponseCentre.Grains.Abstractions.Devices;

namespace ResponseCentre.Grains.Devices;

[GenerateSerializer, Alias("rc.DeviceState")]
public sealed class DeviceState
{
    [Id(0)] public DeviceAssignment? Assignment { get; set; }
}
