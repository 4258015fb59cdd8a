using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Devices;

/// <summary>
/// A fault and the incident raised for it. The incident id is stored before the incident is opened, so a
/// crash in between opens the same incident again rather than a second one; <see cref="Pending"/> stays true
/// until the open succeeded, and the reminder backstop retries it.
/// </summary>
[GenerateSerializer, Immutable, Alias("rc.TrackedFault")]
public sealed record TrackedFault(
    [property: Id(0)] IncidentKind Kind,
    [property: Id(1)] IncidentId Incident,
    [property: Id(2)] DateTimeOffset Since,
    [property: Id(3)] DateTimeOffset DeviceTimestamp,
    [property: Id(4)] bool Pending);
