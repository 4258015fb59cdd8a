using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using ResponseCentre.Dashboard.Accounts;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Teams;
using ResponseCentre.Grains.Teams;

namespace ResponseCentre.Dashboard.Teams;

/// <summary>The team admin handlers. Bodies are read by hand so that malformed JSON or iCalendar answers 400 with the reason.</summary>
internal sealed class TeamAdminEndpoints(JsonSerializerOptions json)
{
    public const string DefaultTimeZone = "Europe/Oslo";

    public async Task<IResult> DefineTeamAsync(string id, HttpRequest request, IGrainFactory grains)
    {
        try
        {
            var team = await ReadJsonAsync<TeamDefinition>(request);
            if (team.Id.Value != id)
            {
                return Invalid($"id '{team.Id}' in the body does not match team '{id}' in the address.");
            }

            await grains.GetTeam(team.Id).DefineAsync(team);
            return TypedResults.Json(team, json);
        }
        catch (ArgumentException ex)
        {
            return Invalid(ex.Message);
        }
    }

    public async Task<IResult> GetTeamAsync(string id, IGrainFactory grains) =>
        await grains.GetTeam(new TeamId(id)).GetDefinitionAsync() is { } team
            ? TypedResults.Json(team, json)
            : TypedResults.NotFound();

    public async Task<IResult> SetRosterAsync(string id, HttpRequest request, IGrainFactory grains)
    {
        var teamGrain = grains.GetTeam(new TeamId(id));
        if (await teamGrain.GetDefinitionAsync() is null)
        {
            return TypedResults.NotFound();
        }

        try
        {
            var roster = await ReadJsonAsync<Roster>(request);
            await teamGrain.SetRosterAsync(roster);
            return TypedResults.Json(roster, json);
        }
        catch (ArgumentException ex)
        {
            return Invalid(ex.Message);
        }
    }

    public async Task<IResult> ImportICalendarRosterAsync(string id, string? timeZone, HttpRequest request, IGrainFactory grains)
    {
        var teamGrain = grains.GetTeam(new TeamId(id));
        if (await teamGrain.GetDefinitionAsync() is not { } team)
        {
            return TypedResults.NotFound();
        }

        using var reader = new StreamReader(request.Body);
        var icsText = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        try
        {
            var roster = ICalendarRosterImport.Import(icsText, timeZone ?? DefaultTimeZone, [.. team.Members.Select(member => member.Staff)]);
            await teamGrain.SetRosterAsync(roster);
            return TypedResults.Json(roster, json);
        }
        catch (ArgumentException ex)
        {
            return Invalid(ex.Message);
        }
    }

    public async Task<IResult> GetRosterAsync(string id, IGrainFactory grains) =>
        await grains.GetTeam(new TeamId(id)).GetRosterAsync() is { } roster
            ? TypedResults.Json(roster, json)
            : TypedResults.NotFound();

    public async Task<IResult> GetOnDutyAsync(string id, DateTimeOffset? at, HttpContext http, IGrainFactory grains, TimeProvider clock)
    {
        var teamGrain = grains.GetTeam(new TeamId(id));
        // Another tenant's team answers as if it did not exist, like another tenant's incident.
        if (await teamGrain.GetDefinitionAsync() is not { } team || !http.User.SignedInUser().SeesTenant(team.Tenant))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Json(await teamGrain.GetOnDutyAsync(at ?? clock.GetUtcNow()), json);
    }

    private async Task<T> ReadJsonAsync<T>(HttpRequest request)
        where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, json, request.HttpContext.RequestAborted)
                ?? throw new ArgumentException($"The body must be a {typeof(T).Name} object, not null.");
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"The body is not a valid {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    private static ProblemHttpResult Invalid(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "The team or roster is invalid.");
}
