using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using ResponseCentre.Dashboard.Audit;
using ResponseCentre.Dashboard.Hosting;
using ResponseCentre.Dashboard.Residents;
using ResponseCentre.Grains.Abstractions.Accounts;
using ResponseCentre.Storage.Sqlite;

namespace ResponseCentre.Dashboard.Accounts;

public static class AuthHostingExtensions
{
    /// <summary>
    /// Cookie sign-in (ASP.NET Core's data-protected cookie), role policies, password hashing
    /// (ASP.NET Core Identity's PBKDF2 hasher), resident access checks and the audit trail.
    /// </summary>
    public static WebApplicationBuilder AddDashboardAuth(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "rc.auth";
                options.Cookie.HttpOnly = true;
                // Strict: no other site can make a browser send it, which is the CSRF defence for the POST actions.
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(12); // a shift, with margin
                options.SlidingExpiration = true;
                // An API answers 401/403; only a browser opening a page would want a redirect, and the pages handle 401 themselves.
                options.Events.OnRedirectToLogin = context => ProblemAsync(context, StatusCodes.Status401Unauthorized, "Not signed in", "Sign in first: POST /api/auth/login.");
                options.Events.OnRedirectToAccessDenied = context => ProblemAsync(context, StatusCodes.Status403Forbidden, "Not allowed", "Your role does not allow this.");
                options.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
            });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(DashboardPolicies.SignedIn, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(DashboardPolicies.Desk, policy => policy.RequireRole(DashboardPolicies.DeskRoles))
            .AddPolicy(DashboardPolicies.Administrator, policy => policy.RequireRole(nameof(UserRole.Administrator)));
        builder.Services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        builder.Services.AddSingleton<LoginThrottle>();
        builder.Services.AddSingleton<ResidentAccess>();
        builder.Services.AddSingleton<Auditor>();
        var silo = builder.Configuration.GetSection(SiloOptions.Section).Get<SiloOptions>() ?? new SiloOptions();
        builder.Services.AddSingleton<IAuditTrail>(services =>
            silo.Mode == SiloMode.AdoNet
                ? new PostgresAuditTrail(silo.AdoNet.ConnectionString!)
                : new SqliteAuditTrail(services.GetRequiredService<SqliteDatabase>()));
        return builder;
    }

    private static Task ProblemAsync(RedirectContext<CookieAuthenticationOptions> context, int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title).ExecuteAsync(context.HttpContext);
}
