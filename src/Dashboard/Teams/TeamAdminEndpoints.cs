using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using ResponseCentre.Dashboard.Accounts;
using ResponseCentre.Dashboard.Audit;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Teams;
using ResponseCentre.Grains.Teams;

namespace ResponseCentre.Dashboard.Teams;

/// <summary>
/// The team admin handlers. Bodies are read by hand so that malformed JSON or iCalendar answers 400
/// with the reason. A change is audited once it parsed, before it is made; a refusal once more.
/// </summary>
internal sealed class TeamAdminEndpoints(JsonSerializerOptions json)
{
    public const string DefaultTimeZone = "Europe/Oslo";

    public async Task<IResult> DefineTeamAsync(string id, HttpRequest request, IGrainFactory grains, Auditor audit)
    {
        TeamDefinition team;
        try
        {
            team = await ReadJsonAsync<TeamDefinition>(request);
        }
        catch (ArgumentException ex)
        {
            return Invalid(ex.Message);
        }

        if (team.Id.Value != id)
        {
            return Invalid($"id '{team.Id}' in the body does not match team '{id}' in the address.");
        }

        return await AuditedAsync(audit, request.HttpContext, AuditActions.DefineTeam, id, team, () => grains.GetTeam(team.Id).DefineAsync(team));
    }

    public async Task<IResult> GetTeamAsync(string id, IGrainFactory grains) =>
        await grains.GetTeam(new TeamId(id)).GetDefinitionAsync() is { } team
            ? TypedResults.Json(team, json)
            : TypedResults.NotFound();

    public async Task<IResult> SetRosterAsync(string id, HttpRequest request, IGrainFactory grains, Auditor audit)
    {
        var teamGrain = grains.GetTeam(new TeamId(id));
        if (await teamGrain.GetDefinitionAsync() is null)
        {
            return TypedResults.NotFound();
        }

        Roster roster;
        try
        {
            roster = await ReadJsonAsync<Roster>(request);
        }
        catch (ArgumentException ex)
        {
            return Invalid(ex.Message);
        }

        return await AuditedAsync(audit, request.HttpContext, AuditActions.SetRoster, id, roster, () => teamGrain.SetRosterAsync(roster));
    }

    public async Task<IResult> ImportICalendarRosterAsync(string id, string? timeZone, HttpRequest request, IGrainFactory grains, Auditor audit)
    {
        var teamGrain = grains.GetTeam(new TeamId(id));
        if (await teamGrain.GetDefinitionAsync() is not { } team)
        {
            return TypedResults.NotFound();
        }

        using var reader = new StreamReader(request.Body);
        var icsText = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        Roster roster;
        try
        {
            roster = ICalendarRosterImport.Import(icsText, timeZone ?? DefaultTimeZone, [.. team.Members.Select(member => member.Staff)]);
        }
        catch (ArgumentException ex)
        {
            return Invalid(ex.Message);
        }

        return await AuditedAsync(audit, request.HttpContext, AuditActions.ImportRoster, id, roster, () => teamGrain.SetRosterAsync(roster));
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

    /// <summary>Audits the change, makes it and answers with <paramref name="body"/>; a refusal by the grain is audited as denied.</summary>
    private async Task<IResult> AuditedAsync<T>(Auditor audit, HttpContext http, string action, string teamId, T body, Func<Task> change)
    {
        await audit.RecordAsync(http, action, subject: AuditSubjects.Team(teamId));
        try
        {
            await change();
            return TypedResults.Json(body, json);
        }
        catch (ArgumentException ex)
        {
            await audit.RecordAsync(http, AuditActions.Denied(action), subject: AuditSubjects.Team(teamId), detail: ex.Message);
            return Invalid(ex.Message);
        }
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
