using ResponseCentre.Grains.Abstractions.Residents;

namespace ResponseCentre.Grains.Abstractions.Directory;

/// <summary>Every tenant the centre serves (a tenant appears with its first resident or team). One grain for the centre.</summary>
[Alias("rc.ITenantRegistryGrain")]
public interface ITenantRegistryGrain : IGrainWithStringKey
{
    /// <summary>Adds the tenant if it is new, and returns once that is stored.</summary>
    [Alias("Add")]
    Task AddAsync(TenantId tenant);

    /// <summary>Every tenant, by id.</summary>
    [Alias("List")]
    Task<IReadOnlyList<TenantId>> ListAsync();
}
