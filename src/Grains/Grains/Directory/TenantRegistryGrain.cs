using ResponseCentre.Grains.Abstractions.Directory;
using ResponseCentre.Grains.Abstractions.Residents;

namespace ResponseCentre.Grains.Directory;

public sealed class TenantRegistryGrain(
    [PersistentState("tenants", StorageNames.Default)] IPersistentState<TenantRegistryState> state)
    : Grain, ITenantRegistryGrain
{
    public async Task AddAsync(TenantId tenant)
    {
        if (!state.State.Tenants.Contains(tenant))
        {
            state.State.Tenants.Add(tenant);
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<TenantId>> ListAsync() =>
        Task.FromResult<IReadOnlyList<TenantId>>([.. state.State.Tenants.OrderBy(t => t.Value, StringComparer.Ordinal)]);
}

[GenerateSerializer, Alias("rc.TenantRegistryState")]
public sealed class TenantRegistryState
{
    [Id(0)] public List<TenantId> Tenants { get; set; } = [];
}
