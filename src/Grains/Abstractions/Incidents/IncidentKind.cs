namespace ResponseCentre.Grains.Abstractions.Incidents;

/// <summary>What an incident is about.</summary>
[GenerateSerializer, Alias("rc.IncidentKind")]
public enum IncidentKind
{
    /// <summary>The resident pressed the safety alarm button.</summary>
    AssistanceCall = 1,
    /// <summary>A fall was detected.</summary>
    Fall,
    /// <summary>Smoke or fire was detected.</summary>
    Fire,
    /// <summary>The stove guard tripped.</summary>
    StoveGuard,
    /// <summary>Water is leaking.</summary>
    WaterLeak,
    /// <summary>The door opened at night: exit or wandering.</summary>
    NightExit,
    /// <summary>The resident did not return to bed at night.</summary>
    BedNotReturned,
    /// <summary>No motion for the configured period in daytime.</summary>
    Inactivity,
    /// <summary>A seizure was detected.</summary>
    Seizure,
    /// <summary>A medication dose was missed.</summary>
    MedicationMissed,
    /// <summary>A vital sign is out of range.</summary>
    VitalSignOutOfRange,
    /// <summary>A device stopped sending heartbeats, or its last-will came and no reconnect followed (technical).</summary>
    DeviceOffline,
    /// <summary>A device's battery is low (technical).</summary>
    LowBattery,
    /// <summary>A device lost mains power (technical).</summary>
    MainsLost,
    /// <summary>A device is being tampered with: casing open or removed from its mount (technical).</summary>
    Tamper,
}
