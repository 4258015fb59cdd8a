namespace ResponseCentre.Grains.Abstractions.Signals;

/// <summary>Identifies one raised <see cref="RiskSignal"/>; unique per resident.</summary>
/// <param name="Value">The id, e.g. <c>oslo-r-0001/NightRestlessness/20261207T050500Z</c>.</param>
[GenerateSerializer, Immutable, Alias("rc.RiskSignalId")]
public readonly record struct RiskSignalId([property: Id(0)] string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
