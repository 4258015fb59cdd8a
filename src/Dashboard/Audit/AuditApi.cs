using System.Globalization;
using ResponseCentre.Dashboard.Accounts;

namespace ResponseCentre.Dashboard.Audit;

/// <summary>
/// Administrators query the audit trail and verify its hash chain; both are audited themselves.
/// There is deliberately no endpoint that changes it.
/// </summary>
public static partial class AuditApi
{
    private const int MaxRows = 1000;

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/api/admin/audit").WithTags("Audit").RequireAuthorization(DashboardPolicies.Administrator);

        audit.MapGet("/", async (string? resident, string? user, string? incident, string? subject, int? limit, HttpContext http, IAuditTrail trail, Auditor auditor) =>
            {
                var query = new AuditQuery(Blank(resident), Blank(user), Blank(incident), Math.Clamp(limit ?? 200, 1, MaxRows), Blank(subject));
                await auditor.RecordAsync(http, AuditActions.ReadAuditTrail, detail: Describe(query));
                return await trail.QueryAsync(query, http.RequestAborted);
            })
            .WithName("GetAuditTrail")
            .WithSummary("Who read which resident card and who did what to which incident, account, device, team or tenant, newest first (filters: resident, user, incident, subject; limit up to 1000). Audited.");

        audit.MapGet("/verify", async (HttpContext http, IAuditTrail trail, Auditor auditor, ILoggerFactory logs) =>
            {
                await auditor.RecordAsync(http, AuditActions.VerifyAuditTrail);
                var verification = await AuditChainVerifier.VerifyAsync(trail.ReadChainAsync(http.RequestAborted), http.RequestAborted);
                if (!verification.Intact)
                {
                    LogChainBroken(logs.CreateLogger(typeof(AuditApi).FullName!), verification.BrokenRow, verification.Problem);
                }

                return verification;
            })
            .WithName("VerifyAuditTrail")
            .WithSummary("Walks the hash chain oldest first: intact with the row count and the last row's id and hash, or the first broken row and why. Audited.");
        return app;
    }

    /// <summary>The filters that were given, e.g. <c>user=nurse1 limit=200</c>.</summary>
    private static string Describe(AuditQuery query) => string.Join(" ",
        new[] { ("resident", query.Resident), ("user", query.User), ("incident", query.Incident), ("subject", query.Subject), ("limit", query.Limit.ToString(CultureInfo.InvariantCulture)) }
            .Where(filter => filter.Item2 is not null)
            .Select(filter => $"{filter.Item1}={filter.Item2}"));

    [LoggerMessage(1, LogLevel.Critical, "The audit trail's hash chain is broken at row {Row}: {Problem}")]
    private static partial void LogChainBroken(ILogger logger, long? row, string? problem);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
