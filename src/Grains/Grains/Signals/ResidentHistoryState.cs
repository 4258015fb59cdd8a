using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Signals;

namespace ResponseCentre.Grains.Signals;

[GenerateSerializer, Alias("rc.ResidentHistoryState")]
public sealed class ResidentHistoryState
{
    /// <summary>The profile from the latest record call: whom signals name and whose tenant's time zone applies.</summary>
    [Id(0)] public ResidentProfile? Resident { get; set; }

    [Id(1)] public ActivityHistory History { get; set; } = new();

    /// <summary>The resident's own thresholds; null for <see cref="RiskSignalPolicy.Default"/>.</summary>
    [Id(2)] public RiskSignalPolicy? Policy { get; set; }

    /// <summary>Signals raised and not yet cleared, acknowledged ones included, oldest first.</summary>
    [Id(3)] public List<TrackedSignal> Signals { get; set; } = [];
}
