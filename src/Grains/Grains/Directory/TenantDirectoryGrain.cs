using Orleans.Concurrency;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Directory;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Teams;
using ResponseCentre.Grains.Persistence;

namespace ResponseCentre.Grains.Directory;

/// <summary>
/// Reentrant with group commit: seeding registers thousands of residents at once, and each
/// registration waits only for the one write that holds its entry.
/// </summary>
[Reentrant]
public sealed class TenantDirectoryGrain : Grain, ITenantDirectoryGrain
{
    private readonly IPersistentState<TenantDirectoryState> _state;
    private readonly GroupCommit _commit;
    private Task? _registered;

    public TenantDirectoryGrain([PersistentState("directory", StorageNames.Default)] IPersistentState<TenantDirectoryState> state)
    {
        _state = state;
        _commit = new GroupCommit(state.WriteStateAsync);
    }

    public Task UpsertResidentAsync(ResidentSummary resident)
    {
        if (_state.State.Residents.TryGetValue(resident.Id.Value, out var known) && known == resident)
        {
            return Task.CompletedTask;
        }

        _state.State.Residents[resident.Id.Value] = resident;
        return SaveAsync();
    }

    public Task RemoveResidentAsync(ResidentId resident) =>
        _state.State.Residents.Remove(resident.Value) ? _commit.SaveAsync() : Task.CompletedTask;

    public Task RemoveTeamAsync(TeamId team) =>
        _state.State.Teams.Remove(team) ? _commit.SaveAsync() : Task.CompletedTask;

    public Task<IReadOnlyList<ResidentSummary>> SearchResidentsAsync(string? query, int limit)
    {
        var text = query?.Trim() ?? "";
        IReadOnlyList<ResidentSummary> found =
        [
            .. _state.State.Residents.Values
                .Where(r => text.Length == 0 || Matches(r, text))
                .OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)
                .ThenBy(r => r.Id.Value, StringComparer.Ordinal)
                .Take(Math.Max(0, limit)),
        ];
        return Task.FromResult(found);
    }

    public Task AddTeamAsync(TeamId team)
    {
        if (_state.State.Teams.Contains(team))
        {
            return Task.CompletedTask;
        }

        _state.State.Teams.Add(team);
        return SaveAsync();
    }

    public Task<IReadOnlyList<TeamId>> GetTeamsAsync() =>
        Task.FromResult<IReadOnlyList<TeamId>>([.. _state.State.Teams.OrderBy(t => t.Value, StringComparer.Ordinal)]);

    private async Task SaveAsync()
    {
        // Once per activation (again after a failure): the centre's tenant list learns of this tenant with its first entry.
        if (_registered is null || _registered.IsFaulted)
        {
            _registered = GrainFactory.GetTenantRegistry().AddAsync(new TenantId(this.GetPrimaryKeyString()));
        }

        await Task.WhenAll(_commit.SaveAsync(), _registered);
    }

    private static bool Matches(ResidentSummary resident, string text) =>
        resident.Id.Value.Contains(text, StringComparison.OrdinalIgnoreCase)
        || resident.Name.Contains(text, StringComparison.CurrentCultureIgnoreCase)
        || resident.District.Contains(text, StringComparison.CurrentCultureIgnoreCase);
}
