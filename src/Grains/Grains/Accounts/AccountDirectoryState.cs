using ResponseCentre.Grains.Abstractions.Accounts;

namespace ResponseCentre.Grains.Accounts;

[GenerateSerializer, Alias("rc.AccountDirectoryState")]
public sealed class AccountDirectoryState
{
    /// <summary>Accounts by lower-cased user name.</summary>
    [Id(0)] public Dictionary<string, UserAccount> Accounts { get; set; } = [];

    /// <summary>Open sign-in sessions by lower-cased user name, oldest first.</summary>
    [Id(1)] public Dictionary<string, List<string>> Sessions { get; set; } = [];
}
