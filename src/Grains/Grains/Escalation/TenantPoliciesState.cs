using ResponseCentre.Grains.Abstractions.Escalation;

namespace ResponseCentre.Grains.Escalation;

[GenerateSerializer, Alias("rc.TenantPoliciesState")]
public sealed class TenantPoliciesState
{
    [Id(0)] public TenantPolicies? Policies { get; set; }
}
