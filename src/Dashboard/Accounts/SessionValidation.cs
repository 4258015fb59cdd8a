using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Accounts;

namespace ResponseCentre.Dashboard.Accounts;

/// <summary>
/// Checks every signed-in request against the stored account, so an administrator's change takes
/// effect at once: a removed account, a new password, or a changed role, tenants or staff id ends
/// the session (the user signs in again and gets the rights they now have); so does signing out,
/// for every copy of the cookie, since the session must still be open in the account directory.
/// </summary>
public static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { Identity.IsAuthenticated: true } principal)
        {
            return;
        }

        var grains = context.HttpContext.RequestServices.GetRequiredService<IGrainFactory>();
        var session = SignedInUser.From(principal);
        var account = principal.FindFirst(SignedInUser.SessionClaim)?.Value is { Length: > 0 } sessionId
            ? await grains.GetAccounts().FindInSessionAsync(session.UserName, sessionId)
            : null;
        if (account is null || !Matches(session, principal.FindFirst(SignedInUser.PasswordStampClaim)?.Value, account))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    private static bool Matches(SignedInUser session, string? passwordStamp, UserAccount account) =>
        session.Role == account.Role
        && session.Staff == account.Staff
        && session.Tenants.SequenceEqual(account.Tenants)
        && passwordStamp == SignedInUser.PasswordStamp(account);
}
