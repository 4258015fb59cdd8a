namespace ResponseCentre.Dashboard.Hosting;

/// <summary>
/// What this process does besides being a silo. Configuration section <c>Roles</c>. The embedded
/// default does everything; in a cluster, gateway nodes face devices and dashboard nodes face people,
/// and both are silos of the same cluster.
/// </summary>
public sealed class HostRoles
{
    public const string Section = "Roles";

    /// <summary>Accept device messages (embedded broker, or a subscription to an external one). Default true.</summary>
    public bool Gateway { get; set; } = true;

    /// <summary>Serve the HTTP API and the live SignalR hub, and seed the registry. Default true.</summary>
    public bool Dashboard { get; set; } = true;

    public static HostRoles From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<HostRoles>() ?? new HostRoles();
}
