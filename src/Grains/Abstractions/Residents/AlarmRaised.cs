using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Abstractions.Residents;

/// <summary>The outcome of <see cref="RaiseAlarm"/>: the incident now holding the alarm, stored.</summary>
/// <param name="Incident">The incident the alarm opened or joined.</param>
/// <param name="WasRedelivery">True when the same device message had been received before (an MQTT QoS 1 retry).</param>
/// <param name="JoinedOpenIncident">True when it joined an open incident of the same kind within the de-duplication window.</param>
[GenerateSerializer, Immutable, Alias("rc.AlarmRaised")]
public sealed record AlarmRaised(
    [property: Id(0)] IncidentId Incident,
    [property: Id(1)] bool WasRedelivery,
    [property: Id(2)] bool JoinedOpenIncident = false);
