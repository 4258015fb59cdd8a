using ResponseCentre.Grains.Abstractions.Signals;

namespace ResponseCentre.Grains.Signals;

/// <summary>A signal's condition, met now: what a <see cref="ResponseCentre.Grains.Abstractions.Signals.RiskSignal"/> is raised from.</summary>
public sealed record RiskFinding(RiskSignalKind Kind, RiskFigures Figures, string Sentence);
