using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Signals;

namespace ResponseCentre.Grains.Signals;

/// <summary>A raised signal and where it stands.</summary>
/// <param name="Signal">The signal as raised.</param>
/// <param name="ClearSince">Since when its condition has not been met; null while it is.</param>
/// <param name="AcknowledgedBy">Who acknowledged it, if anyone: it is then no longer active.</param>
/// <param name="AcknowledgedAt">When.</param>
/// <param name="Delivered">Whether the feed has it; stored first, so a failed publish is retried at the next evaluation.</param>
[GenerateSerializer, Immutable, Alias("rc.TrackedSignal")]
public sealed record TrackedSignal(
    [property: Id(0)] RiskSignal Signal,
    [property: Id(1)] DateTimeOffset? ClearSince,
    [property: Id(2)] Actor? AcknowledgedBy,
    [property: Id(3)] DateTimeOffset? AcknowledgedAt,
    [property: Id(4)] bool Delivered)
{
    public bool IsActive => AcknowledgedBy is null;
}
