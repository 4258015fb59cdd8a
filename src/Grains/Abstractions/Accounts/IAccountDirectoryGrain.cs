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

    /// <summary>
    /// Records a sign-in session of the account, so that signing out can end it for every copy of
    /// its cookie; an account keeps its newest <c>AccountDirectoryGrain.MaxSessionsPerAccount</c> sessions.
    /// </summary>
    [Alias("StartSession")]
    Task StartSessionAsync(string userName, string sessionId);

    /// <summary>Ends a sign-in session; its cookie no longer signs anyone in.</summary>
    [Alias("EndSession")]
    Task EndSessionAsync(string userName, string sessionId);

    /// <summary>The account when <paramref name="sessionId"/> is one of its open sessions, else null.</summary>
    [Alias("FindInSession")]
    Task<UserAccount?> FindInSessionAsync(string userName, string sessionId);
}
