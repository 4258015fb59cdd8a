using ResponseCentre.Dashboard.Accounts;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Dashboard.Teams;

/// <summary>The desk's view of its teams and who is on duty in each right now.</summary>
public static class TeamReadApi
{
    public static IEndpointRouteBuilder MapTeamReadApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/teams", async (HttpContext http, IGrainFactory grains, TimeProvider time) =>
            {
                var user = http.User.SignedInUser();
                var now = time.GetUtcNow();
                var rows = new List<TeamOverview>();
                foreach (var tenant in await TenantScope.VisibleTenantsAsync(user, grains))
                {
                    foreach (var id in await grains.GetTenantDirectory(tenant).GetTeamsAsync())
                    {
                        var team = grains.GetTeam(id);
                        if (await team.GetDefinitionAsync() is { } definition)
                        {
                            var onDuty = await team.GetOnDutyAsync(now);
                            rows.Add(new TeamOverview(definition.Id.Value, definition.Tenant.Value, definition.Name, definition.Kind, definition.District,
                                definition.Members, [.. onDuty.OnDuty.Select(m => m.Staff.Value)]));
                        }
                    }
                }

                return rows;
            })
            .RequireAuthorization(DashboardPolicies.Desk)
            .WithTags("Teams")
            .WithName("ListTeams")
            .WithSummary("The caller's tenants' teams with their members and who is on duty now.");
        return app;
    }
}

public sealed record TeamOverview(
    string Id, string Tenant, string Name, TeamKind Kind, string? District, IReadOnlyList<TeamMember> Members, IReadOnlyList<string> OnDuty);
