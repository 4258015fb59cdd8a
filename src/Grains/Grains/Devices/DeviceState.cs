using ResponseCentre.Grains.Abstractions.Devices;

namespace ResponseCentre.Grains.Devices;

[GenerateSerializer, Alias("rc.DeviceState")]
public sealed class DeviceState
{
    [Id(0)] public DeviceAssignment? Assignment { get; set; }

    /// <summary>Null until set: <see cref="DeviceSupervision.Default"/> applies.</summary>
    [Id(1)] public DeviceSupervision? Supervision { get; set; }

    /// <summary>When the first status message came: heartbeat supervision runs from then on.</summary>
    [Id(2)] public DateTimeOffset? HeartbeatsSince { get; set; }

    /// <summary>The last contact; written at most every <see cref="DeviceSupervisionOptions.ContactWriteInterval"/>.</summary>
    [Id(3)] public DateTimeOffset? LastContact { get; set; }

    /// <summary>When the last-will arrived, if no contact came after it.</summary>
    [Id(4)] public DateTimeOffset? LastWillAt { get; set; }

    /// <summary>The device timestamp of the newest status applied, so a late, older one does not undo it.</summary>
    [Id(5)] public DateTimeOffset? LastStatusTimestamp { get; set; }

    [Id(6)] public int? Battery { get; set; }

    [Id(7)] public bool? MainsOn { get; set; }

    [Id(8)] public bool? Tamper { get; set; }

    [Id(9)] public List<TrackedFault> Faults { get; set; } = [];

    [Id(10)] public DeviceCredential? Credential { get; set; }
}
