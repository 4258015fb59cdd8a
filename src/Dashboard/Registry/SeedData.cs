using ResponseCentre.Grains.Abstractions.Accounts;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Residents;

namespace ResponseCentre.Dashboard.Registry;

/// <summary>The registry's starting content, read from the seed file on start.</summary>
public sealed record SeedData(
    IReadOnlyList<SeedResident> Residents,
    SeedSimulatedResidents? SimulatedResidents,
    IReadOnlyList<SeedTeam>? Teams = null,
    IReadOnlyList<TenantPolicies>? Policies = null,
    IReadOnlyList<UserAccount>? Accounts = null,
    string? DemoDeviceSecret = null)
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
            yield return new SeedResident($"sim-r-{n:D4}", simulated.Tenant, $"Simulated resident {n}", simulated.District, [$"sim-{n:D4}"],
                Teams: simulated.Team is { } team ? [team] : null,
                Address: $"Simulated street {n}, 0{n % 1000:D3} Simulated",
                AccessNotes: $"Key box left of the front door, code {1000 + (n * 7919 % 9000)}",
                Contacts: [new ResidentContact($"Next of kin of resident {n}", "Daughter", $"+47 400 {n:D5}")]);
        }
    }
}
