using System.Security.Claims;

namespace ResponseCentre.Dashboard.Accounts;

public static class SignedInUserExtensions
{
    public static SignedInUser SignedInUser(this ClaimsPrincipal principal) => Accounts.SignedInUser.From(principal);
}
