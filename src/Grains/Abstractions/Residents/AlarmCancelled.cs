using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Abstractions.Residents;

/// <summary>The outcome of <see cref="CancelAlarm"/>.</summary>
/// <param name="Incident">The incident cancelled, or null when none could be.</param>
/// <param name="Reason">Why nothing was cancelled, when nothing was.</param>
[GenerateSerializer, Immutable, Alias("rc.AlarmCancelled")]
public sealed record AlarmCancelled([property: Id(0)] IncidentId? Incident, [property: Id(1)] string? Reason);
