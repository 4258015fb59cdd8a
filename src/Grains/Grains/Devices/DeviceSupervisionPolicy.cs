using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Devices;

/// <summary>When a device is due to be reported offline, and which faults a status message opens or clears.</summary>
public static class DeviceSupervisionPolicy
{
    /// <summary>
    /// The offline deadline: last contact + interval + grace, brought forward to the last-will + grace when
    /// one came after the last contact. Null when supervision is off, has not started (no status message yet),
    /// or the device is already reported offline.
    /// </summary>
    public static DateTimeOffset? Deadline(DeviceSupervision settings, DateTimeOffset? heartbeatsSince,
        DateTimeOffset? lastContact, DateTimeOffset? lastWillAt, bool reportedOffline)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.Enabled || heartbeatsSince is null || reportedOffline)
        {
            return null;
        }

        var silent = (lastContact ?? heartbeatsSince.Value) + settings.Silence;
        return lastWillAt is { } will && will + settings.Grace < silent ? will + settings.Grace : silent;
    }

    /// <summary>
    /// What the reported battery, mains and tamper values say. Battery has hysteresis: below
    /// <see cref="DeviceSupervision.LowBatteryBelow"/> is low, from <see cref="DeviceSupervision.BatteryRecoveredAt"/>
    /// up is recovered, and in between changes nothing, so a level wavering at the threshold opens one fault.
    /// </summary>
    public static IReadOnlyList<FaultChange> Changes(DeviceSupervision settings, DeviceStatusReport report)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(report);
        var changes = new List<FaultChange>(3);
        if (report.Battery < settings.LowBatteryBelow)
        {
            changes.Add(new FaultChange(IncidentKind.LowBattery, true));
        }
        else if (report.Battery >= settings.BatteryRecoveredAt)
        {
            changes.Add(new FaultChange(IncidentKind.LowBattery, false));
        }

        if (report.MainsOn is { } mainsOn)
        {
            changes.Add(new FaultChange(IncidentKind.MainsLost, !mainsOn));
        }

        if (report.Tamper is { } tamper)
        {
            changes.Add(new FaultChange(IncidentKind.Tamper, tamper));
        }

        return changes;
    }

    /// <summary>Every problem with <paramref name="settings"/>, each naming its field; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(DeviceSupervision settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new List<string>();
        if (settings.HeartbeatInterval <= TimeSpan.Zero)
        {
            errors.Add($"heartbeatInterval must be positive (was {settings.HeartbeatInterval})");
        }

        if (settings.Grace < TimeSpan.Zero)
        {
            errors.Add($"grace must not be negative (was {settings.Grace})");
        }

        if (settings.LowBatteryBelow is < 0 or > 100)
        {
            errors.Add($"lowBatteryBelow must be 0 to 100 (was {settings.LowBatteryBelow})");
        }

        if (settings.BatteryRecoveredAt < settings.LowBatteryBelow || settings.BatteryRecoveredAt > 100)
        {
            errors.Add($"batteryRecoveredAt must be from lowBatteryBelow to 100 (was {settings.BatteryRecoveredAt})");
        }

        return errors;
    }
}
