namespace ResponseCentre.Grains.Abstractions.Accounts;

/// <summary>Every account of the centre, in one grain (people, not devices: hundreds, not millions).</summary>
[Alias("rc.IAccountDirectoryGrain")]
public interface IAccountDirectoryGrain : IGrainWithStringKey
{
    /// <summary>The account with this user name (case-insensitive), or null.</summary>
    [Alias("Find")]
    Task<UserAccount?> FindAsync(string userName);

    /// <summary>Every account, by user name.</summary>
    [Alias("List")]
    Task<IReadOnlyList<UserAccount>> ListAsync();

    /// <summary>Adds or replaces the account and returns once it is stored.</summary>
    [Alias("Save")]
    Task SaveAsync(UserAccount account);

    /// <summary>Adds the account unless one with its user name exists; true when added.</summary>
    [Alias("AddIfMissing")]
    Task<bool> AddIfMissingAsync(UserAccount account);
}
