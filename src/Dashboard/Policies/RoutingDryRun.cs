namespace ResponseCentre.Dashboard.Policies;

/// <summary>The team the tenant's rules would choose for an alarm; null when none would.</summary>
public sealed record RoutingDryRun(string? Team);
