using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Residents;

namespace ResponseCentre.Grains.Abstractions.Incidents;

/// <summary>An incident as the dashboard shows it in the queue. Holds no health data beyond the kind.</summary>
/// <param name="Id">The incident.</param>
/// <param name="Resident">Whose alarm it is.</param>
/// <param name="Tenant">The resident's municipality.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Priority">How urgent it is.</param>
/// <param name="Status">Where it is in its lifecycle.</param>
/// <param name="Device">The device that reported it.</param>
/// <param name="DeviceTimestamp">When the device saw it.</param>
/// <param name="RaisedAt">When the centre received it; the queue's age is measured from here.</param>
[GenerateSerializer, Immutable, Alias("rc.IncidentView")]
public sealed record IncidentView(
    [property: Id(0)] IncidentId Id,
    [property: Id(1)] ResidentId Resident,
    [property: Id(2)] TenantId Tenant,
    [property: Id(3)] IncidentKind Kind,
    [property: Id(4)] IncidentPriority Priority,
    [property: Id(5)] IncidentStatus Status,
    [property: Id(6)] DeviceId Device,
    [property: Id(7)] DateTimeOffset DeviceTimestamp,
    [property: Id(8)] DateTimeOffset RaisedAt);
