using ResponseCentre.Dashboard.Accounts;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Dashboard.Teams;

public static class TeamAdminApi
{
    public static IEndpointRouteBuilder MapTeamAdminApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var shared = app.ServiceProvider.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var endpoints = new TeamAdminEndpoints(shared);
        var admin = app.MapGroup("/api/admin/teams").WithTags("Teams").RequireAuthorization(DashboardPolicies.Administrator);

        admin.MapPut("/{id}", endpoints.DefineTeamAsync)
            .Accepts<TeamDefinition>("application/json")
            .Produces<TeamDefinition>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithName("DefineTeam")
            .WithSummary("Registers or replaces a team; the id in the body must match the address.");

        admin.MapGet("/{id}", endpoints.GetTeamAsync)
            .Produces<TeamDefinition>()
            .Produces(StatusCodes.Status404NotFound)
            .WithName("GetTeam")
            .WithSummary("One team.");

        admin.MapPut("/{id}/roster", endpoints.SetRosterAsync)
            .Accepts<Roster>("application/json")
            .Produces<Roster>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .Produces(StatusCodes.Status404NotFound)
            .WithName("SetTeamRoster")
            .WithSummary("Replaces a team's roster; every staff id must be a member of the team.");

        admin.MapPut("/{id}/roster/ical", endpoints.ImportICalendarRosterAsync)
            .Accepts<string>("text/calendar")
            .Produces<Roster>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .Produces(StatusCodes.Status404NotFound)
            .WithName("ImportTeamRosterFromICalendar")
            .WithSummary($"Replaces a team's roster from an iCalendar file whose event summaries are staff ids; timeZone defaults to {TeamAdminEndpoints.DefaultTimeZone}.");

        admin.MapGet("/{id}/roster", endpoints.GetRosterAsync)
            .Produces<Roster>()
            .Produces(StatusCodes.Status404NotFound)
            .WithName("GetTeamRoster")
            .WithSummary("A team's roster.");

        app.MapGet("/api/teams/{id}/on-duty", endpoints.GetOnDutyAsync)
            .Produces<OnDutyView>()
            .Produces(StatusCodes.Status404NotFound)
            .WithTags("Teams")
            .WithName("GetTeamOnDuty")
            .WithSummary("Who in a team is on duty at a moment (at, ISO 8601; default now), and its leads; 404 for a team of a tenant the caller does not work for.")
            .RequireAuthorization(DashboardPolicies.Desk);

        return app;
    }
}
