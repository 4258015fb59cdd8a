using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Incidents;

/// <summary>How urgent each kind of incident is.</summary>
public static class IncidentPriorities
{
    public static IncidentPriority For(IncidentKind kind) => kind switch
    {
        IncidentKind.Fall or IncidentKind.Fire or IncidentKind.Seizure or IncidentKind.VitalSignOutOfRange
            => IncidentPriority.LifeThreatening,
        IncidentKind.DeviceOffline or IncidentKind.LowBattery or IncidentKind.MainsLost or IncidentKind.Tamper
            => IncidentPriority.Technical,
        _ => IncidentPriority.Assistance,
    };
}
