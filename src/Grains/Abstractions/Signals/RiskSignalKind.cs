namespace ResponseCentre.Grains.Abstractions.Signals;

/// <summary>What trend a <see cref="RiskSignal"/> is about.</summary>
[GenerateSerializer, Alias("rc.RiskSignalKind")]
public enum RiskSignalKind
{
    /// <summary>More alarms over the last days than the resident's own usual weekly count.</summary>
    AlarmRate = 1,
    /// <summary>Night-time activity (motion, bed exits) rising against the nights before.</summary>
    NightRestlessness,
    /// <summary>The stove guard tripped repeatedly.</summary>
    RepeatedStoveTrips,
    /// <summary>Repeated falls.</summary>
    RepeatedFalls,
    /// <summary>Medication doses missed repeatedly.</summary>
    MissedMedication,
}
