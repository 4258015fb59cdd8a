using ResponseCentre.Dashboard.Accounts;
using ResponseCentre.Dashboard.Audit;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Directory;
using ResponseCentre.Grains.Abstractions.Residents;

namespace ResponseCentre.Dashboard.Residents;

/// <summary>The residents list for the desk, and the resident card, whose every read (and refusal) is audited.</summary>
public static class ResidentApi
{
    private const int MaxResults = 200;

    public static IEndpointRouteBuilder MapResidentApi(this IEndpointRouteBuilder app)
    {
        var residents = app.MapGroup("/api/residents").WithTags("Residents");

        residents.MapGet("/", async (string? q, int? limit, HttpContext http, IGrainFactory grains, Auditor audit) =>
            {
                var user = http.User.SignedInUser();
                var take = Math.Clamp(limit ?? 50, 1, MaxResults);
                await audit.RecordAsync(http, AuditActions.SearchResidents, detail: $"q={q} limit={take}");
                var found = new List<ResidentSummary>();
                foreach (var tenant in await TenantScope.VisibleTenantsAsync(user, grains))
                {
                    found.AddRange(await grains.GetTenantDirectory(tenant).SearchResidentsAsync(q, take));
                }

                return found.OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase).Take(take).ToList();
            })
            .RequireAuthorization(DashboardPolicies.Desk)
            .WithName("SearchResidents")
            .WithSummary("Residents of the caller's tenants whose id, name or district contains q, by name (no card data). Audited.");

        residents.MapGet("/{id}/card", async Task<IResult> (string id, HttpContext http, IGrainFactory grains, ResidentAccess access, Auditor audit) =>
            {
                var user = http.User.SignedInUser();
                var resident = grains.GetResident(new ResidentId(id));
                var profile = await resident.GetProfileAsync();
                if (profile is null && !user.IsFieldStaff)
                {
                    return TypedResults.NotFound();
                }

                if (!await access.MayReadAsync(user, profile))
                {
                    await audit.RecordAsync(user, AuditActions.Denied(AuditActions.ReadResidentCard), resident: id);
                    return Refused(user);
                }

                // Audited before the data leaves: a read that could not be recorded does not happen.
                await audit.RecordAsync(user, AuditActions.ReadResidentCard, resident: id);
                return TypedResults.Ok(await ResidentCards.BuildAsync(profile!, resident, grains));
            })
            .RequireAuthorization(DashboardPolicies.SignedIn)
            .WithName("GetResidentCard")
            .WithSummary("The resident card: address, access notes, contacts, care level, teams and devices with their health. Audited; field staff only for incidents dispatched to them.");
        return app;
    }

    /// <summary>The 403 answer, saying why in words a field responder understands.</summary>
    public static IResult Refused(SignedInUser user) => TypedResults.Problem(
        user.IsFieldStaff
            ? "You can open a resident's card only while one of their alarms is dispatched to you."
            : "This resident belongs to a tenant you are not signed in for.",
        statusCode: StatusCodes.Status403Forbidden, title: "Not allowed");
}
