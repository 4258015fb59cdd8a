using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using ResponseCentre.Grains.Abstractions.Accounts;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Dashboard.Accounts;

/// <summary>The person behind a request or a hub connection, read from their sign-in cookie.</summary>
public sealed record SignedInUser(string UserName, string DisplayName, UserRole Role, IReadOnlyList<string> Tenants, StaffId? Staff)
{
    public const string TenantClaim = "rc:tenant";
    public const string StaffClaim = "rc:staff";
    public const string DisplayNameClaim = "rc:display-name";
    public const string PasswordStampClaim = "rc:password-stamp";
    public const string SessionClaim = "rc:session";

    /// <summary>A new sign-in session's id: random, recorded in the account directory until sign-out.</summary>
    public static string NewSessionId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    /// <summary>
    /// A short digest of the stored hash, kept in the cookie so a password change ends older
    /// sessions; the cookie is encrypted, and this reveals nothing usable about the password.
    /// </summary>
    public static string PasswordStamp(UserAccount account) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(account.PasswordHash)), 0, 8);

    public static SignedInUser From(ClaimsPrincipal principal)
    {
        var name = principal.Identity?.Name ?? throw new InvalidOperationException("The request is not signed in.");
        var role = Enum.Parse<UserRole>(principal.FindFirstValue(ClaimTypes.Role) ?? throw new InvalidOperationException($"User '{name}' has no role claim."));
        return new SignedInUser(
            name,
            principal.FindFirstValue(DisplayNameClaim) ?? name,
            role,
            [.. principal.FindAll(TenantClaim).Select(c => c.Value)],
            principal.FindFirstValue(StaffClaim) is { Length: > 0 } staff ? new StaffId(staff) : null);
    }

    public static SignedInUser From(UserAccount account) =>
        new(account.UserName, account.DisplayName, account.Role, account.Tenants, account.Staff);

    public static ClaimsPrincipal ToPrincipal(UserAccount account, string sessionId, string authenticationType)
    {
        var user = From(account);
        List<Claim> claims =
        [
            new(ClaimTypes.Name, user.UserName),
            new(SessionClaim, sessionId),
            new(PasswordStampClaim, PasswordStamp(account)),
            new(DisplayNameClaim, user.DisplayName),
            new(ClaimTypes.Role, user.Role.ToString()),
            .. user.Tenants.Select(tenant => new Claim(TenantClaim, tenant)),
        ];
        if (user.Staff is { } staff)
        {
            claims.Add(new Claim(StaffClaim, staff.Value));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }

    public bool IsFieldStaff => Role == UserRole.FieldStaff;

    public bool SeesTenant(TenantId tenant) => Tenants.Contains(UserAccount.AllTenants) || Tenants.Contains(tenant.Value);

    /// <summary>Field staff see an incident once it was dispatched to them (notified or accepted by them).</summary>
    public bool IsDispatchedTo(IncidentView incident) =>
        Staff is { } staff && (incident.Notified.Contains(staff) || incident.AssignedTo == staff);

    /// <summary>Operators, leads and administrators see their tenants' incidents; field staff only theirs.</summary>
    public bool MaySee(IncidentView incident) =>
        SeesTenant(incident.Tenant) && (!IsFieldStaff || IsDispatchedTo(incident));

    /// <summary>
    /// Who the timeline names: responders (field staff, and leads who are team members) act as
    /// themselves so the lifecycle checks they were notified; the desk acts as an operator.
    /// </summary>
    public Actor Actor => Staff is { } staff && Role is UserRole.FieldStaff or UserRole.TeamLead
        ? new Actor(ActorKind.Staff, staff.Value)
        : new Actor(ActorKind.Operator, UserName);
}
