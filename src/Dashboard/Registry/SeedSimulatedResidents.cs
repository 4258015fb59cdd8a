namespace ResponseCentre.Dashboard.Registry;

/// <summary>
/// A block of residents for the simulator: resident <c>sim-r-0001</c> has device <c>sim-0001</c>,
/// and so on up to <see cref="Count"/>.
/// </summary>
public sealed record SeedSimulatedResidents(string Tenant, string District, int Count, string? Team = null);
