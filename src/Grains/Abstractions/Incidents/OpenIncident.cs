using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Residents;

namespace ResponseCentre.Grains.Abstractions.Incidents;

/// <summary>Opens an incident for an alarm.</summary>
/// <param name="Resident">Whose alarm it is, with what routing needs: tenant, district, care level, teams.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Priority">How urgent it is.</param>
/// <param name="Device">The device that reported it.</param>
/// <param name="DeviceTimestamp">When the device saw it.</param>
/// <param name="RaisedAt">When the centre received it.</param>
[GenerateSerializer, Immutable, Alias("rc.OpenIncident")]
public sealed record OpenIncident(
    [property: Id(0)] ResidentProfile Resident,
    [property: Id(1)] IncidentKind Kind,
    [property: Id(2)] IncidentPriority Priority,
    [property: Id(3)] DeviceId Device,
    [property: Id(4)] DateTimeOffset DeviceTimestamp,
    [property: Id(5)] DateTimeOffset RaisedAt);
