using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Accounts;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Tests.Accounts;

/// <summary>
/// The centre has one account directory, shared by every test in the cluster: each test uses user
/// names of its own and looks only at those.
/// </summary>
[Collection(TestSilo.Name)]
public sealed class AccountDirectoryGrainTests(ClusterFixture fixture)
{
    private IAccountDirectoryGrain Accounts => fixture.Grains.GetAccounts();

    private static UserAccount Account(string userName, string displayName = "Kari Nordmann", UserRole role = UserRole.Operator) =>
        new(userName, displayName, role, ["oslo"], null, "AQAAAAIAAYagAAAAEFakeHash");

    [Fact]
    public async Task Unknown_user_name_finds_nothing()
    {
        Assert.Null(await Accounts.FindAsync("acct-nobody-by-this-name"));
    }

    [Fact]
    public async Task Saved_account_is_found_whatever_the_case_of_the_user_name()
    {
        var account = new UserAccount("Acct-Find.Kari", "Kari Nordmann", UserRole.FieldStaff, ["oslo", "bergen"], new StaffId("kari"), "hash-find");

        await Accounts.SaveAsync(account);

        foreach (var asked in new[] { "Acct-Find.Kari", "acct-find.kari", "ACCT-FIND.KARI" })
        {
            var found = await Accounts.FindAsync(asked);
            Assert.NotNull(found);
            Assert.Equal("Acct-Find.Kari", found.UserName);
            Assert.Equal("Kari Nordmann", found.DisplayName);
            Assert.Equal(UserRole.FieldStaff, found.Role);
            Assert.Equal(["oslo", "bergen"], found.Tenants);
            Assert.Equal(new StaffId("kari"), found.Staff);
            Assert.Equal("hash-find", found.PasswordHash);
        }
    }

    [Fact]
    public async Task Saving_an_account_with_the_same_user_name_in_another_case_replaces_it()
    {
        await Accounts.SaveAsync(Account("acct-save", "First name"));

        await Accounts.SaveAsync(Account("ACCT-Save", "Second name", UserRole.Administrator));

        var found = await Accounts.FindAsync("acct-save");
        Assert.Equal("Second name", found?.DisplayName);
        Assert.Equal(UserRole.Administrator, found?.Role);
        Assert.Single(await Accounts.ListAsync(), a => a.UserName.Equals("acct-save", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task List_holds_every_account_ordered_by_user_name_ignoring_case()
    {
        await Accounts.SaveAsync(Account("acct-list-Charlie"));
        await Accounts.SaveAsync(Account("acct-list-alpha"));
        await Accounts.SaveAsync(Account("ACCT-LIST-Bravo"));

        var listed = await Accounts.ListAsync();

        Assert.Equal(
            ["acct-list-alpha", "ACCT-LIST-Bravo", "acct-list-Charlie"],
            listed.Where(a => a.UserName.StartsWith("acct-list-", StringComparison.OrdinalIgnoreCase)).Select(a => a.UserName));
        Assert.Equal(listed.Select(a => a.UserName).Order(StringComparer.OrdinalIgnoreCase), listed.Select(a => a.UserName));
    }

    [Fact]
    public async Task Add_if_missing_adds_once_and_then_keeps_the_first_account()
    {
        var first = await Accounts.AddIfMissingAsync(Account("acct-seed", "Seeded first", UserRole.Administrator));
        var second = await Accounts.AddIfMissingAsync(Account("ACCT-SEED", "Seeded again", UserRole.Operator));

        Assert.True(first);
        Assert.False(second);
        var found = await Accounts.FindAsync("acct-seed");
        Assert.Equal("acct-seed", found?.UserName);
        Assert.Equal("Seeded first", found?.DisplayName);
        Assert.Equal(UserRole.Administrator, found?.Role);
        Assert.Single(await Accounts.ListAsync(), a => a.UserName.Equals("acct-seed", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Accounts_survive_deactivation()
    {
        await Accounts.SaveAsync(Account("acct-reload", "Stored"));

        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        Assert.Equal("Stored", (await Accounts.FindAsync("acct-reload"))?.DisplayName);
        Assert.False(await Accounts.AddIfMissingAsync(Account("acct-reload", "Not stored")));
    }

    [Fact]
    public async Task A_session_finds_its_account_until_it_ends_and_the_oldest_sessions_end_past_the_limit()
    {
        await Accounts.SaveAsync(Account("acct-sessions"));
        await Accounts.StartSessionAsync("acct-sessions", "first");
        await Accounts.StartSessionAsync("ACCT-Sessions", "second");

        Assert.NotNull(await Accounts.FindInSessionAsync("acct-sessions", "first"));
        Assert.Null(await Accounts.FindInSessionAsync("acct-sessions", "never-started"));
        Assert.Null(await Accounts.FindInSessionAsync("acct-someone-else", "first"));

        await Accounts.EndSessionAsync("acct-sessions", "first");
        Assert.Null(await Accounts.FindInSessionAsync("acct-sessions", "first"));
        Assert.NotNull(await Accounts.FindInSessionAsync("acct-sessions", "second"));

        for (var i = 0; i < ResponseCentre.Grains.Accounts.AccountDirectoryGrain.MaxSessionsPerAccount; i++)
        {
            await Accounts.StartSessionAsync("acct-sessions", $"later-{i}");
        }

        Assert.Null(await Accounts.FindInSessionAsync("acct-sessions", "second"));
        Assert.NotNull(await Accounts.FindInSessionAsync("acct-sessions", "later-0"));
    }
}
