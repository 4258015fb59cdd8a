using ResponseCentre.Dashboard.Accounts;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Statistics;

namespace ResponseCentre.Dashboard.Kpis;

/// <summary>Response-time KPIs of the caller's tenants: per team, district and hour of day (in the tenant's time zone).</summary>
public static class KpiApi
{
    public static IEndpointRouteBuilder MapKpiApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/kpis", async Task<IResult> (int? days, HttpContext http, IGrainFactory grains, TimeProvider time) =>
            {
                if (days is < 1 or > 366)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["days"] = ["between 1 and 366"] });
                }

                var to = time.GetUtcNow();
                var from = to - TimeSpan.FromDays(days ?? 7);
                var closed = new List<ClosedIncident>();
                var zones = new Dictionary<string, TimeZoneInfo>();
                foreach (var tenant in await TenantScope.VisibleTenantsAsync(http.User.SignedInUser(), grains))
                {
                    var ofTenant = await grains.GetIncidentStats(tenant).GetClosedAsync(from, to);
                    closed.AddRange(ofTenant);
                    var zone = (await grains.GetTenantPolicies(tenant).GetAsync())?.TimeZone;
                    foreach (var incident in ofTenant)
                    {
                        zones[incident.Id.Value] = zone is null ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(zone);
                    }
                }

                return TypedResults.Ok(KpiCalculator.Calculate(closed, from, to, c => zones[c.Id.Value]));
            })
            .RequireAuthorization(DashboardPolicies.Desk)
            .WithTags("KPIs")
            .WithName("GetKpis")
            .WithSummary("Median and 90th percentile seconds to accept, arrive and resolve, per team, district and hour raised; false-alarm share. days: 1..366, default 7.");
        return app;
    }
}
