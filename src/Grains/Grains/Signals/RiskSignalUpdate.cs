using ResponseCentre.Grains.Abstractions.Signals;

namespace ResponseCentre.Grains.Signals;

/// <summary>What <see cref="RiskSignalLifecycle.Apply"/> decided.</summary>
/// <param name="Tracked">Every signal still tracked, raised ones included.</param>
/// <param name="Raised">Signals raised now.</param>
/// <param name="Cleared">Signals dropped now, their condition clear for long enough.</param>
public sealed record RiskSignalUpdate(IReadOnlyList<TrackedSignal> Tracked, IReadOnlyList<RiskSignal> Raised, IReadOnlyList<RiskSignal> Cleared)
{
    /// <summary>Whether anything must be stored.</summary>
    public bool Changed { get; init; }
}
