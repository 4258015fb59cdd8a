using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Residents;

namespace ResponseCentre.Grains.Abstractions.Incidents;

/// <summary>Opens an incident for an alarm.</summary>
/// <param name="Resident">Whose alarm it is.</param>
/// <param name="Tenant">The resident's municipality.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Priority">How urgent it is.</param>
/// <param name="Device">The device that reported it.</param>
/// <param name="DeviceTimestamp">When the device saw it.</param>
/// <param name="RaisedAt">When the centre received it.</param>
[GenerateSerializer, Immutable, Alias("rc.OpenIncident")]
public sealed record OpenIncident(
    [property: Id(0)] ResidentId Resident,
    [property: Id(1)] TenantId Tenant,
    [property: Id(2)] IncidentKind Kind,
    [property: Id(3)] IncidentPriority Priority,
    [property: Id(4)] DeviceId Device,
    [property: Id(5)] DateTimeOffset DeviceTimestamp,
    [property: Id(6)] DateTimeOffset RaisedAt);
