using ResponseCentre.Grains.Abstractions.Accounts;

namespace ResponseCentre.Grains.Accounts;

public sealed class AccountDirectoryGrain(
    [PersistentState("accounts", StorageNames.Default)] IPersistentState<AccountDirectoryState> state)
    : Grain, IAccountDirectoryGrain
{
    public Task<UserAccount?> FindAsync(string userName) =>
        Task.FromResult(state.State.Accounts.GetValueOrDefault(Key(userName)));

    public Task<IReadOnlyList<UserAccount>> ListAsync() =>
        Task.FromResult<IReadOnlyList<UserAccount>>([.. state.State.Accounts.Values.OrderBy(a => a.UserName, StringComparer.OrdinalIgnoreCase)]);

    public async Task SaveAsync(UserAccount account)
    {
        state.State.Accounts[Key(account.UserName)] = account;
        await state.WriteStateAsync();
    }

    public async Task<bool> AddIfMissingAsync(UserAccount account)
    {
        if (!state.State.Accounts.TryAdd(Key(account.UserName), account))
        {
            return false;
        }

        await state.WriteStateAsync();
        return true;
    }

    private static string Key(string userName) => userName.Trim().ToLowerInvariant();
}
