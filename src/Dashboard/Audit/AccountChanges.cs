using ResponseCentre.Grains.Abstractions.Accounts;

namespace ResponseCentre.Dashboard.Audit;

/// <summary>What an account change did, in words for its audit row: roles, tenants and whether the password changed, never the password.</summary>
public static class AccountChanges
{
    public static string Describe(UserAccount? before, UserAccount after, bool passwordSet)
    {
        if (before is null)
        {
            return $"role {after.Role}; tenants {Tenants(after)}; staff {after.Staff?.Value ?? "none"}; password set";
        }

        var changes = new List<string>();
        if (before.Role != after.Role)
        {
            changes.Add($"role {before.Role} -> {after.Role}");
        }

        if (Tenants(before) != Tenants(after))
        {
            changes.Add($"tenants {Tenants(before)} -> {Tenants(after)}");
        }

        if (before.Staff != after.Staff)
        {
            changes.Add($"staff {before.Staff?.Value ?? "none"} -> {after.Staff?.Value ?? "none"}");
        }

        if (before.DisplayName != after.DisplayName)
        {
            changes.Add("display name changed");
        }

        if (passwordSet)
        {
            changes.Add("password changed");
        }

        return changes.Count == 0 ? "no change" : string.Join("; ", changes);
    }

    private static string Tenants(UserAccount account) => string.Join(",", account.Tenants);
}
