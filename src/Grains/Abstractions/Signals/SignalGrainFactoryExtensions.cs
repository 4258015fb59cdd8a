using ResponseCentre.Grains.Abstractions.Residents;

namespace ResponseCentre.Grains.Abstractions.Signals;

/// <summary>Typed ways to reach the early-warning grains.</summary>
public static class SignalGrainFactoryExtensions
{
    /// <summary>The resident's history and risk signals.</summary>
    public static IResidentHistoryGrain GetResidentHistory(this IGrainFactory grains, ResidentId id) =>
        GrainReferences<IResidentHistoryGrain>.Get(grains, id.Value);
}
