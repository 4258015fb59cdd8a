using ResponseCentre.Dashboard.Accounts;
using ResponseCentre.Dashboard.Audit;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Escalation;

namespace ResponseCentre.Dashboard.Policies;

public static class PolicyAdminApi
{
    private const string ErrorsKey = "policies";

    public static IEndpointRouteBuilder MapPolicyAdminApi(this IEndpointRouteBuilder app)
    {
        var json = app.ServiceProvider.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var tenants = app.MapGroup("/api/admin/tenants/{tenant}").WithTags("Policies").RequireAuthorization(DashboardPolicies.Administrator);

        tenants.MapPut("/policies", (string tenant, HttpRequest request, IGrainFactory grains, Auditor audit) => PutPoliciesAsync(tenant, request, grains, audit, json))
            .Accepts<TenantPolicies>("application/json")
            .WithName("PutTenantPolicies")
            .WithSummary("Validates and stores the tenant's routing rules and escalation policies; a 400 lists every wrong field.");

        tenants.MapGet("/policies", async Task<Results<JsonHttpResult<TenantPolicies>, NotFound>> (string tenant, IGrainFactory grains) =>
                await grains.GetTenantPolicies(new TenantId(tenant)).GetAsync() is { } policies
                    ? TypedResults.Json(policies, json)
                    : TypedResults.NotFound())
            .Produces<TenantPolicies>()
            .WithName("GetTenantPolicies")
            .WithSummary("The tenant's stored policies; 404 while the built-in defaults apply.");

        tenants.MapGet("/routing", GetRoutingAsync)
            .WithName("DryRunRouting")
            .WithSummary("The team the tenant's rules choose for an alarm of this kind from this resident at this time (default now).");

        return app;
    }

    private static async Task<Results<NoContent, ValidationProblem>> PutPoliciesAsync(
        string tenant, HttpRequest request, IGrainFactory grains, Auditor audit, JsonSerializerOptions json)
    {
        TenantPolicies? policies;
        try
        {
            policies = await request.ReadFromJsonAsync<TenantPolicies>(json, request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            return Refused($"the body is not valid policies JSON: {e.Message}");
        }

        if (policies is null)
        {
            return Refused("the body is empty");
        }

        if (policies.Tenant.Value != tenant)
        {
            return Refused($"tenant '{policies.Tenant}' does not match the tenant '{tenant}' in the address");
        }

        await audit.RecordAsync(request.HttpContext, AuditActions.SetPolicies, subject: AuditSubjects.Tenant(tenant));
        try
        {
            await grains.GetTenantPolicies(policies.Tenant).SetAsync(policies);
        }
        catch (PolicyValidationException e)
        {
            await audit.RecordAsync(request.HttpContext, AuditActions.Denied(AuditActions.SetPolicies), subject: AuditSubjects.Tenant(tenant), detail: string.Join("; ", e.Errors));
            return Refused([.. e.Errors]);
        }

        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<RoutingDryRun>, NotFound, ValidationProblem>> GetRoutingAsync(
        string tenant, string resident, IncidentKind kind, DateTimeOffset? at, IGrainFactory grains, TimeProvider time)
    {
        if (!Enum.IsDefined(kind))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = [$"'{kind}' is not a known kind"] });
        }

        var profile = await grains.GetResident(new ResidentId(resident)).GetProfileAsync();
        if (profile is null || profile.Tenant.Value != tenant)
        {
            return TypedResults.NotFound();
        }

        var policies = await grains.GetTenantPolicies(profile.Tenant).GetAsync();
        var team = RoutingPolicy.ChooseTeam(policies, profile, kind, at ?? time.GetUtcNow());
        return TypedResults.Ok(new RoutingDryRun(team?.Value));
    }

    private static ValidationProblem Refused(params string[] errors) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [ErrorsKey] = errors }, title: "The policies were refused.");
}
