using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Devices;

/// <summary>Contact: status messages (heartbeats and last-wills) and the touch of every other message.</summary>
public sealed partial class DeviceGrain
{
    public async Task<bool> ReportStatusAsync(DeviceStatusReport report)
    {
        if (report.Device != Id)
        {
            throw new ArgumentException($"Status of '{report.Device}' sent to device '{Id}'.", nameof(report));
        }

        if (state.State.Assignment is null)
        {
            return false;
        }

        var s = state.State;
        s.HeartbeatsSince ??= report.ReceivedAt;
        if (report.Link == DeviceLink.Alive)
        {
            RecordContact(report.ReceivedAt);
        }
        else if (s.LastContact is not { } contact || report.ReceivedAt >= contact)
        {
            s.LastWillAt = report.ReceivedAt;
        }

        var changes = ApplyReadings(report);
        await WriteAsync();

        if (report.Link == DeviceLink.Alive)
        {
            await ClearFaultAsync(IncidentKind.DeviceOffline);
        }

        foreach (var change in changes)
        {
            await (change.Present
                ? RaiseFaultAsync(change.Kind, report.DeviceTimestamp ?? report.ReceivedAt)
                : ClearFaultAsync(change.Kind));
        }

        await UpdateDeadlineAsync();
        return true;
    }

    public async Task<DeviceAssignment?> TouchAsync(DateTimeOffset receivedAt)
    {
        if (state.State.Assignment is not { } assignment)
        {
            return null;
        }

        RecordContact(receivedAt);
        if (state.State.Faults.Exists(f => f.Kind == IncidentKind.DeviceOffline))
        {
            await ClearFaultAsync(IncidentKind.DeviceOffline);
        }
        else if (ContactWorthWriting())
        {
            await WriteAsync();
        }

        await UpdateDeadlineAsync();
        return assignment;
    }

    private void RecordContact(DateTimeOffset at)
    {
        var s = state.State;
        // Messages handled out of order must not move contact back.
        if (s.LastContact is null || at > s.LastContact)
        {
            s.LastContact = at;
        }

        if (s.LastWillAt <= at)
        {
            s.LastWillAt = null;
        }
    }

    /// <summary>Keeps what the status reports and says which faults it opens or clears; nothing when it is older than one applied.</summary>
    private IReadOnlyList<FaultChange> ApplyReadings(DeviceStatusReport report)
    {
        var s = state.State;
        if (report.DeviceTimestamp is { } sent)
        {
            if (sent < s.LastStatusTimestamp)
            {
                return [];
            }

            s.LastStatusTimestamp = sent;
        }

        s.Battery = report.Battery ?? s.Battery;
        s.MainsOn = report.MainsOn ?? s.MainsOn;
        s.Tamper = report.Tamper ?? s.Tamper;
        return DeviceSupervisionPolicy.Changes(Settings, report);
    }

    /// <summary>Contact of a supervised device is stored when the stored one is older than the write interval.</summary>
    private bool ContactWorthWriting() =>
        state.State.HeartbeatsSince is not null && Settings.Enabled
        && (_storedContact is not { } stored || state.State.LastContact - stored >= options.Value.ContactWriteInterval);
}
