using ResponseCentre.Grains.Abstractions.Escalation;

namespace ResponseCentre.Grains.Escalation;

public sealed class TenantPoliciesGrain(
    [PersistentState("tenantPolicies", StorageNames.Default)] IPersistentState<TenantPoliciesState> state)
    : Grain, ITenantPoliciesGrain
{
    public async Task SetAsync(TenantPolicies policies)
    {
        ArgumentNullException.ThrowIfNull(policies);

        var errors = TenantPoliciesValidator.Validate(policies).ToList();
        var tenant = this.GetPrimaryKeyString();
        if (policies.Tenant.Value != tenant && !string.IsNullOrWhiteSpace(policies.Tenant.Value))
        {
            errors.Add($"tenant '{policies.Tenant}' does not match the tenant '{tenant}' these policies were sent to");
        }

        if (errors.Count > 0)
        {
            throw new PolicyValidationException(errors);
        }

        state.State.Policies = policies;
        await state.WriteStateAsync();
    }

    public Task<TenantPolicies?> GetAsync() => Task.FromResult(state.State.Policies);
}
