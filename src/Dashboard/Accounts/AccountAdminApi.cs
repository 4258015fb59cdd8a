using Microsoft.AspNetCore.Identity;
using ResponseCentre.Dashboard.Audit;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Accounts;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Dashboard.Accounts;

/// <summary>Administrators list, create and change accounts. Passwords are stored only as PBKDF2 hashes.</summary>
public static class AccountAdminApi
{
    public static IEndpointRouteBuilder MapAccountAdminApi(this IEndpointRouteBuilder app)
    {
        var accounts = app.MapGroup("/api/admin/accounts").WithTags("Accounts").RequireAuthorization(DashboardPolicies.Administrator);

        accounts.MapGet("/", async (IGrainFactory grains) =>
                (await grains.GetAccounts().ListAsync()).Select(a => AccountView.From(SignedInUser.From(a))))
            .WithName("ListAccounts")
            .WithSummary("Every account, without password hashes.");

        accounts.MapPut("/{userName}", async Task<IResult> (
            string userName, AccountRequest request, HttpContext http, IGrainFactory grains, IPasswordHasher<UserAccount> hasher, Auditor audit) =>
            {
                var directory = grains.GetAccounts();
                var existing = await directory.FindAsync(userName);
                if (AccountValidator.Errors(userName, request, isNew: existing is null) is { Count: > 0 } errors)
                {
                    return TypedResults.ValidationProblem(errors);
                }

                var account = new UserAccount(
                    existing?.UserName ?? userName, request.DisplayName.Trim(), request.Role, [.. request.Tenants.Select(t => t.Trim())],
                    string.IsNullOrWhiteSpace(request.StaffId) ? null : new StaffId(request.StaffId.Trim()),
                    existing?.PasswordHash ?? "");
                if (request.Password is { } password)
                {
                    account = account with { PasswordHash = hasher.HashPassword(account, password) };
                }

                await audit.RecordAsync(http, existing is null ? AuditActions.CreateAccount : AuditActions.UpdateAccount,
                    subject: AuditSubjects.Account(account.UserName), detail: AccountChanges.Describe(existing, account, request.Password is not null));
                await directory.SaveAsync(account);
                return TypedResults.NoContent();
            })
            .WithName("PutAccount")
            .WithSummary("Creates or changes an account; a password is required for a new one (12+ characters, 5+ different, not blank, not containing the user name, not a common password), and omitted keeps the current one.");
        return app;
    }
}
