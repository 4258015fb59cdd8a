using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Abstractions.Accounts;

/// <summary>A person who signs in to the dashboard or the field-staff app.</summary>
/// <param name="UserName">The sign-in name, unique, compared case-insensitively.</param>
/// <param name="DisplayName">The name shown in the product.</param>
/// <param name="Role">What the person may do.</param>
/// <param name="Tenants">The municipalities whose incidents and residents the person may see; <c>*</c> means all.</param>
/// <param name="Staff">The team member the person is (field staff and team leads), or null.</param>
/// <param name="PasswordHash">The password in ASP.NET Core Identity's PBKDF2 hash format; never the password itself.</param>
[GenerateSerializer, Immutable, Alias("rc.UserAccount")]
public sealed record UserAccount(
    [property: Id(0)] string UserName,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] UserRole Role,
    [property: Id(3)] IReadOnlyList<string> Tenants,
    [property: Id(4)] StaffId? Staff,
    [property: Id(5)] string PasswordHash)
{
    /// <summary>The tenant entry that stands for every tenant.</summary>
    public const string AllTenants = "*";
}
