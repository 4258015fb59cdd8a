using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using ResponseCentre.Dashboard.Audit;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Accounts;

namespace ResponseCentre.Dashboard.Accounts;

/// <summary>Sign in and out with a user name and password; the session is ASP.NET Core's encrypted cookie.</summary>
public static partial class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Sign-in");

        auth.MapPost("/login", LoginAsync)
            .AllowAnonymous()
            .WithName("Login")
            .WithSummary("Checks the password and sets the sign-in cookie; 401 on a wrong name or password (which of the two is not said); 429 after 5 wrong passwords for a name within 5 minutes.");

        auth.MapPost("/logout", async (HttpContext http, Auditor audit) =>
            {
                if (http.User.Identity?.IsAuthenticated == true)
                {
                    await audit.RecordAsync(http, AuditActions.SignOut);
                }

                await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                return TypedResults.NoContent();
            })
            .AllowAnonymous()
            .WithName("Logout")
            .WithSummary("Clears the sign-in cookie.");

        auth.MapGet("/me", (HttpContext http) => TypedResults.Ok(AccountView.From(http.User.SignedInUser())))
            .RequireAuthorization(DashboardPolicies.SignedIn)
            .WithName("Me")
            .WithSummary("Who is signed in: name, role, tenants and staff id.");
        return app;
    }

    private static async Task<IResult> LoginAsync(
        LoginRequest request, HttpContext http, IGrainFactory grains, IPasswordHasher<UserAccount> hasher, LoginThrottle throttle, ILoggerFactory logs,
        Auditor audit)
    {
        var logger = logs.CreateLogger(typeof(AuthApi).FullName!);
        var name = request.UserName?.Trim() ?? "";
        if (throttle.BlockedUntil(name) is { } until)
        {
            LogThrottled(logger, name, until);
            await audit.RecordAnonymousAsync(name, AuditActions.Denied(AuditActions.SignIn), $"throttled; {Auditor.Source(http)}");
            return TypedResults.Problem($"Too many wrong passwords for this user name; try again after {until:HH:mm:ss} UTC.",
                statusCode: StatusCodes.Status429TooManyRequests, title: "Try again later");
        }

        var account = string.IsNullOrWhiteSpace(request.UserName) ? null : await grains.GetAccounts().FindAsync(request.UserName);
        // Verify against a real hash even for an unknown name, so timing does not tell which names exist.
        var verdict = hasher.VerifyHashedPassword(account ?? UnknownUser, account?.PasswordHash ?? UnknownUser.PasswordHash, request.Password ?? "");
        if (account is null || verdict == PasswordVerificationResult.Failed)
        {
            throttle.RecordFailure(name);
            LogRefused(logger, request.UserName, http.Connection.RemoteIpAddress?.ToString());
            await audit.RecordAnonymousAsync(name, AuditActions.Denied(AuditActions.SignIn), $"{(account is null ? "unknown user name" : "wrong password")}; {Auditor.Source(http)}");
            return TypedResults.Problem("The user name or password is wrong.", statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in");
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account = account with { PasswordHash = hasher.HashPassword(account, request.Password!) };
            await grains.GetAccounts().SaveAsync(account);
        }

        throttle.RecordSuccess(name);
        var user = SignedInUser.From(account);
        await audit.RecordAsync(user, AuditActions.SignIn, detail: Auditor.Source(http)); // before the cookie is issued
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SignedInUser.ToPrincipal(account, CookieAuthenticationDefaults.AuthenticationScheme));
        LogSignedIn(logger, user.UserName, user.Role);
        return TypedResults.Ok(AccountView.From(user));
    }

    private static readonly UserAccount UnknownUser = new("unknown", "unknown", UserRole.Operator, [], null,
        new PasswordHasher<UserAccount>().HashPassword(null!, Guid.NewGuid().ToString()));

    [LoggerMessage(1, LogLevel.Warning, "Sign-in refused for user name '{UserName}' from {Address}")]
    private static partial void LogRefused(ILogger logger, string? userName, string? address);

    [LoggerMessage(3, LogLevel.Warning, "Sign-in of '{UserName}' throttled until {Until} after repeated wrong passwords")]
    private static partial void LogThrottled(ILogger logger, string userName, DateTimeOffset until);

    [LoggerMessage(2, LogLevel.Information, "{UserName} signed in as {Role}")]
    private static partial void LogSignedIn(ILogger logger, string userName, UserRole role);
}
