using ResponseCentre.Grains.Abstractions.Residents;

namespace ResponseCentre.Grains.Abstractions.Directory;

/// <summary>A resident as the residents list shows them: no address, notes or health data.</summary>
/// <param name="Id">The resident.</param>
/// <param name="Tenant">Their municipality.</param>
/// <param name="Name">Their name.</param>
/// <param name="District">Their district.</param>
/// <param name="CareLevel">How much care they need.</param>
[GenerateSerializer, Immutable, Alias("rc.ResidentSummary")]
public sealed record ResidentSummary(
    [property: Id(0)] ResidentId Id,
    [property: Id(1)] TenantId Tenant,
    [property: Id(2)] string Name,
    [property: Id(3)] string District,
    [property: Id(4)] CareLevel CareLevel);
