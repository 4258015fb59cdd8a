using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Accounts;
using ResponseCentre.Grains.Abstractions.Residents;

namespace ResponseCentre.Dashboard.Accounts;

public static class TenantScope
{
    /// <summary>The tenants a user works for; <c>*</c> expands to every tenant the centre serves.</summary>
    public static async Task<IReadOnlyList<TenantId>> VisibleTenantsAsync(SignedInUser user, IGrainFactory grains) =>
        user.Tenants.Contains(UserAccount.AllTenants)
            ? await grains.GetTenantRegistry().ListAsync()
            : [.. user.Tenants.Select(tenant => new TenantId(tenant))];
}
