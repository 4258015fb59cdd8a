using ResponseCentre.Grains.Abstractions.Accounts;

namespace ResponseCentre.Dashboard.Accounts;

/// <summary>An account as the product shows it: never the password hash.</summary>
public sealed record AccountView(string UserName, string DisplayName, UserRole Role, IReadOnlyList<string> Tenants, string? StaffId)
{
    public static AccountView From(SignedInUser user) => new(user.UserName, user.DisplayName, user.Role, user.Tenants, user.Staff?.Value);
}
