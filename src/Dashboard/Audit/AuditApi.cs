using ResponseCentre.Dashboard.Accounts;

namespace ResponseCentre.Dashboard.Audit;

/// <summary>Administrators query the audit trail. There is deliberately no endpoint that changes it.</summary>
public static class AuditApi
{
    private const int MaxRows = 1000;

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/admin/audit", async (string? resident, string? user, string? incident, int? limit, IAuditTrail audit, CancellationToken cancel) =>
                await audit.QueryAsync(new AuditQuery(Blank(resident), Blank(user), Blank(incident), Math.Clamp(limit ?? 200, 1, MaxRows)), cancel))
            .RequireAuthorization(DashboardPolicies.Administrator)
            .WithTags("Audit")
            .WithName("GetAuditTrail")
            .WithSummary("Who read which resident card and who did what to which incident, newest first (filters: resident, user, incident; limit up to 1000).");
        return app;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
