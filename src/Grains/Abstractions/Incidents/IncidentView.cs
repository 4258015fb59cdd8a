using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Abstractions.Incidents;

/// <summary>An incident as the queue and the field-staff view show it. Holds no health data beyond the kind.</summary>
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
    [property: Id(8)] DateTimeOffset RaisedAt)
{
    /// <summary>What just happened: the change this view was published for.</summary>
    [Id(9)] public IncidentEvent LastEvent { get; init; } = IncidentEvent.Raised;

    /// <summary>The team routing chose, or null when none was found.</summary>
    [Id(10)] public TeamId? Team { get; init; }

    /// <summary>Everyone notified so far; they may accept or decline.</summary>
    [Id(11)] public IReadOnlyList<StaffId> Notified { get; init; } = [];

    /// <summary>Who accepted it.</summary>
    [Id(12)] public StaffId? AssignedTo { get; init; }

    /// <summary>The running escalation step (0 for the first), counted across repeats.</summary>
    [Id(13)] public int EscalationStep { get; init; }

    /// <summary>When the current step gives up waiting, or null when no deadline runs.</summary>
    [Id(14)] public DateTimeOffset? Deadline { get; init; }

    /// <summary>How many more alarms of this kind joined it within the de-duplication window.</summary>
    [Id(15)] public int DuplicateCount { get; init; }

    /// <summary>How it ended, once resolved.</summary>
    [Id(16)] public IncidentOutcome? Outcome { get; init; }

    /// <summary>True once resolved or cancelled.</summary>
    public bool IsClosed => Status is IncidentStatus.Resolved or IncidentStatus.Cancelled;
}
