using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Devices;

/// <summary>A status message says a fault is present (<paramref name="Present"/>) or gone.</summary>
public readonly record struct FaultChange(IncidentKind Kind, bool Present);
