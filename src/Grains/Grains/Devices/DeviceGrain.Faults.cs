using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Incidents;

namespace ResponseCentre.Grains.Devices;

/// <summary>
/// Faults become technical incidents opened on the incident grain directly, not through the resident's
/// RaiseAlarm: the resident's de-duplication would merge two devices' faults into one incident (so one
/// device's reconnect would resolve the other's), and its "I'm fine" cancel would close a fault the resident
/// cannot fix. The incident grain still routes, escalates and publishes them like any alarm.
/// </summary>
public sealed partial class DeviceGrain
{
    /// <summary>Opens an incident for the fault unless one is open for this device and kind.</summary>
    private async Task RaiseFaultAsync(IncidentKind kind, DateTimeOffset deviceTimestamp)
    {
        if (state.State.Faults.Exists(f => f.Kind == kind))
        {
            return;
        }

        // Stored before opening: a crash in between opens this same incident on retry, not a second one.
        var fault = new TrackedFault(kind, IncidentId.New(), time.GetUtcNow(), deviceTimestamp, Pending: true);
        state.State.Faults.Add(fault);
        await WriteAsync();
        await OpenIncidentAsync(fault);
    }

    /// <summary>Retries the opens that failed; the backstop calls it.</summary>
    private async Task OpenPendingFaultsAsync()
    {
        foreach (var fault in state.State.Faults.Where(f => f.Pending).ToList())
        {
            await OpenIncidentAsync(fault);
        }
    }

    private async Task OpenIncidentAsync(TrackedFault fault)
    {
        var resident = state.State.Assignment!.Resident;
        var profile = await GrainFactory.GetResident(resident).GetProfileAsync();
        if (profile is null)
        {
            DeviceLog.NoResident(logger, Id.Value, fault.Kind, resident.Value);
        }
        else
        {
            await GrainFactory.GetIncident(fault.Incident).OpenAsync(new OpenIncident(
                profile, fault.Kind, IncidentPriorities.For(fault.Kind), Id, fault.DeviceTimestamp, fault.Since));
            DeviceLog.FaultRaised(logger, Id.Value, fault.Kind, resident.Value, fault.Incident);
        }

        // Nobody to raise it for still counts as handled: retrying would not find the resident either.
        var index = state.State.Faults.IndexOf(fault);
        state.State.Faults[index] = fault with { Pending = false };
        await WriteAsync();
    }

    /// <summary>Resolves the fault's incident, as the system, with the outcome that it cleared itself.</summary>
    private async Task ClearFaultAsync(IncidentKind kind)
    {
        if (state.State.Faults.Find(f => f.Kind == kind) is not { } fault)
        {
            return;
        }

        var incident = GrainFactory.GetIncident(fault.Incident);
        var view = await incident.GetViewAsync();
        if (view is { IsClosed: false })
        {
            try
            {
                await incident.ResolveAsync(Actor.System, IncidentOutcome.ClearedItself);
                DeviceLog.FaultCleared(logger, Id.Value, kind, fault.Incident);
            }
            catch (IncidentTransitionException)
            {
                // An operator closed it between our look and our resolve: the fault is over either way.
                DeviceLog.ClosedElsewhere(logger, Id.Value, kind, fault.Incident);
            }
        }
        else if (view is not null)
        {
            DeviceLog.ClosedElsewhere(logger, Id.Value, kind, fault.Incident);
        }

        state.State.Faults.Remove(fault);
        await WriteAsync();
    }
}
