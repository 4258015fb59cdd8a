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
            .WithSummary("Checks the password and sets the sign-in cookie; 401 on a wrong name or password (which of the two is not said); after 5 wrong passwords from one address for one name, 429 with Retry-After (1 s, doubling to 30 s).");

        auth.MapPost("/logout", async (HttpContext http, IGrainFactory grains, Auditor audit) =>
            {
                if (http.User.Identity?.IsAuthenticated == true)
                {
                    await audit.RecordAsync(http, AuditActions.SignOut);
                }

                await EndSessionAsync(http, grains);
                await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                return TypedResults.NoContent();
            })
            .AllowAnonymous()
            .WithName("Logout")
            .WithSummary("Ends the session on the server (every copy of its cookie stops working) and clears the sign-in cookie.");

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
        var source = http.Connection.RemoteIpAddress;
        if (throttle.RetryAfter(source, name) is { } wait)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            LogThrottled(logger, name, source?.ToString(), seconds);
            // Not audited: the password was not checked, and a row per throttled try would let a guesser fill the trail.
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem($"Too many wrong passwords for this user name from this address; try again in {seconds} s.",
                statusCode: StatusCodes.Status429TooManyRequests, title: "Try again later");
        }

        var account = string.IsNullOrWhiteSpace(request.UserName) ? null : await grains.GetAccounts().FindAsync(request.UserName);
        // Verify against a real hash even for an unknown name, so timing does not tell which names exist.
        var verdict = hasher.VerifyHashedPassword(account ?? UnknownUser, account?.PasswordHash ?? UnknownUser.PasswordHash, request.Password ?? "");
        if (account is null || verdict == PasswordVerificationResult.Failed)
        {
            throttle.RecordFailure(source, name);
            LogRefused(logger, request.UserName, http.Connection.RemoteIpAddress?.ToString());
            await audit.RecordAnonymousAsync(name, AuditActions.Denied(AuditActions.SignIn), $"{(account is null ? "unknown user name" : "wrong password")}; {Auditor.Source(http)}");
            return TypedResults.Problem("The user name or password is wrong.", statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in");
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account = account with { PasswordHash = hasher.HashPassword(account, request.Password!) };
            await grains.GetAccounts().SaveAsync(account);
        }

        throttle.RecordSuccess(source, name);
        var user = SignedInUser.From(account);
        await audit.RecordAsync(user, AuditActions.SignIn, detail: Auditor.Source(http)); // before the cookie is issued
        var sessionId = SignedInUser.NewSessionId();
        await grains.GetAccounts().StartSessionAsync(account.UserName, sessionId);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SignedInUser.ToPrincipal(account, sessionId, CookieAuthenticationDefaults.AuthenticationScheme));
        LogSignedIn(logger, user.UserName, user.Role);
        return TypedResults.Ok(AccountView.From(user));
    }

    private static async Task EndSessionAsync(HttpContext http, IGrainFactory grains)
    {
        if (http.User is { Identity: { IsAuthenticated: true, Name: { } userName } } user
            && user.FindFirst(SignedInUser.SessionClaim)?.Value is { Length: > 0 } sessionId)
        {
            await grains.GetAccounts().EndSessionAsync(userName, sessionId);
        }
    }

    private static readonly UserAccount UnknownUser = new("unknown", "unknown", UserRole.Operator, [], null,
        new PasswordHasher<UserAccount>().HashPassword(null!, Guid.NewGuid().ToString()));

    [LoggerMessage(1, LogLevel.Warning, "Sign-in refused for user name '{UserName}' from {Address}")]
    private static partial void LogRefused(ILogger logger, string? userName, string? address);

    [LoggerMessage(3, LogLevel.Warning, "Sign-in of '{UserName}' from {Address} throttled for {Seconds} s after repeated wrong passwords")]
    private static partial void LogThrottled(ILogger logger, string userName, string? address, int seconds);

    [LoggerMessage(2, LogLevel.Information, "{UserName} signed in as {Role}")]
    private static partial void LogSignedIn(ILogger logger, string userName, UserRole role);
}
