using ResponseCentre.Grains.Abstractions.Accounts;

namespace ResponseCentre.Grains.Accounts;

public sealed class AccountDirectoryGrain(
    [PersistentState("accounts", StorageNames.Default)] IPersistentState<AccountDirectoryState> state)
    : Grain, IAccountDirectoryGrain
{
    /// <summary>Enough for a person's PCs and phone signing in each shift; older sessions end first.</summary>
    public const int MaxSessionsPerAccount = 16;

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

    public async Task StartSessionAsync(string userName, string sessionId)
    {
        var key = Key(userName);
        if (!state.State.Sessions.TryGetValue(key, out var sessions))
        {
            state.State.Sessions[key] = sessions = [];
        }

        sessions.Add(sessionId);
        if (sessions.Count > MaxSessionsPerAccount)
        {
            sessions.RemoveRange(0, sessions.Count - MaxSessionsPerAccount);
        }

        await state.WriteStateAsync();
    }

    public async Task EndSessionAsync(string userName, string sessionId)
    {
        if (state.State.Sessions.GetValueOrDefault(Key(userName))?.Remove(sessionId) == true)
        {
            await state.WriteStateAsync();
        }
    }

    public Task<UserAccount?> FindInSessionAsync(string userName, string sessionId)
    {
        var key = Key(userName);
        var open = state.State.Sessions.GetValueOrDefault(key)?.Contains(sessionId) == true;
        return Task.FromResult(open ? state.State.Accounts.GetValueOrDefault(key) : null);
    }

    private static string Key(string userName) => userName.Trim().ToLowerInvariant();
}
