using ResponseCentre.Grains.Abstractions.Escalation;

namespace ResponseCentre.Dashboard.Registry;

/// <summary>The registry's starting content, read from the seed file on start.</summary>
public sealed record SeedData(
    IReadOnlyList<SeedResident> Residents,
    SeedSimulatedResidents? SimulatedResidents,
    IReadOnlyList<SeedTeam>? Teams = null,
    IReadOnlyList<TenantPolicies>? Policies = null)
{
    /// <summary>The listed residents followed by the simulator's block.</summary>
    public IEnumerable<SeedResident> AllResidents()
    {
        foreach (var resident in Residents)
        {
            yield return resident;
        }

        var simulated = SimulatedResidents;
        for (var n = 1; simulated is not null && n <= simulated.Count; n++)
        {
            yield return new SeedResident($"sim-r-{n:D4}", simulated.Tenant, $"Simulated resident {n}", simulated.District, [$"sim-{n:D4}"]);
        }
    }
}
