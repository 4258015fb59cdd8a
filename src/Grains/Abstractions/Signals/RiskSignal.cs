using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Abstractions.Signals;

/// <summary>
/// An early-warning signal about a resident, for their team to review and plan ahead: raised once
/// when a trend crosses its threshold, not an alarm to respond to.
/// </summary>
/// <param name="Id">This signal.</param>
/// <param name="Resident">Whom it is about.</param>
/// <param name="Tenant">The resident's municipality.</param>
/// <param name="Teams">The resident's assigned teams, who should see it.</param>
/// <param name="Kind">Which trend.</param>
/// <param name="Figures">The figures that triggered it.</param>
/// <param name="Sentence">The figures in words, e.g. "Night-time activity 14.2/night over the last 7 nights, 2.3× the previous 7 nights (6.1/night)".</param>
/// <param name="RaisedAt">When it was raised, by the centre's clock.</param>
[GenerateSerializer, Immutable, Alias("rc.RiskSignal")]
public sealed record RiskSignal(
    [property: Id(0)] RiskSignalId Id,
    [property: Id(1)] ResidentId Resident,
    [property: Id(2)] TenantId Tenant,
    [property: Id(3)] IReadOnlyList<TeamId> Teams,
    [property: Id(4)] RiskSignalKind Kind,
    [property: Id(5)] RiskFigures Figures,
    [property: Id(6)] string Sentence,
    [property: Id(7)] DateTimeOffset RaisedAt);
