using Orleans.Concurrency;

namespace ResponseCentre.Grains.Abstractions.Escalation;

/// <summary>A tenant's routing rules and escalation policies. Keyed by the tenant id.</summary>
[Alias("rc.ITenantPoliciesGrain")]
public interface ITenantPoliciesGrain : IGrainWithStringKey
{
    /// <summary>Validates and stores the policies; throws <see cref="PolicyValidationException"/> and keeps the old ones when any field is wrong.</summary>
    [Alias("Set")]
    Task SetAsync(TenantPolicies policies);

    /// <summary>The stored policies, or null when none were set (the built-in defaults then apply).</summary>
    [Alias("Get"), ReadOnly]
    Task<TenantPolicies?> GetAsync();
}
