using ResponseCentre.Dashboard.Accounts;
using ResponseCentre.Dashboard.Audit;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Dashboard.Incidents;

/// <summary>
/// The incident queue and the actions on an incident. The actor is always the signed-in user;
/// field staff see and act on only what was dispatched to them; every action is audited.
/// </summary>
public static class IncidentApi
{
    public static IEndpointRouteBuilder MapIncidentApi(this IEndpointRouteBuilder app)
    {
        var incidents = app.MapGroup("/api/incidents").WithTags("Incidents").RequireAuthorization(DashboardPolicies.SignedIn);

        incidents.MapGet("/", async (HttpContext http, IGrainFactory grains, Auditor audit) =>
            {
                var user = http.User.SignedInUser();
                await audit.RecordAsync(http, AuditActions.ReadIncidentList);
                return (await grains.GetIncidentFeed().GetOpenIncidentsAsync()).Where(user.MaySee).ToList();
            })
            .WithName("ListOpenIncidents")
            .WithSummary("The open incidents the caller may see, most urgent first, then oldest first. Audited.");

        incidents.MapGet("/{id}", async Task<IResult> (string id, HttpContext http, IGrainFactory grains, Auditor audit) =>
                await AuditedVisibleAsync(id, AuditActions.ReadIncident, http, grains, audit) is { } incident ? TypedResults.Ok(incident) : TypedResults.NotFound())
            .WithName("GetIncident")
            .WithSummary("One incident. Audited, as is an id the caller may not see.");

        incidents.MapGet("/{id}/timeline", async Task<IResult> (string id, HttpContext http, IGrainFactory grains, Auditor audit) =>
                await AuditedVisibleAsync(id, AuditActions.ReadIncidentTimeline, http, grains, audit) is null
                    ? TypedResults.NotFound()
                    : TypedResults.Ok(await grains.GetIncident(new IncidentId(id)).GetTimelineAsync()))
            .WithName("GetIncidentTimeline")
            .WithSummary("Every step of the incident, timestamped and attributed, oldest first. Audited.");

        MapAction(incidents, "accept", "Accept", "AcceptIncident", "Accept the incident; escalation stops.", (i, a, _) => i.AcceptAsync(a));
        MapAction(incidents, "decline", "Decline", "DeclineIncident", "Decline it; escalation moves on at once.", (i, a, _) => i.DeclineAsync(a));
        MapAction(incidents, "en-route", "EnRoute", "MarkIncidentEnRoute", "The responder is on the way.", (i, a, _) => i.MarkEnRouteAsync(a));
        MapAction(incidents, "on-site", "OnSite", "MarkIncidentOnSite", "The responder is with the resident.", (i, a, _) => i.MarkOnSiteAsync(a));
        MapAction(incidents, "resolve", "Resolve", "ResolveIncident", "Close it with an outcome (body {\"outcome\":\"HelpGiven\"}).", (i, a, r) =>
            i.ResolveAsync(a, r!.Outcome!.Value));
        return app;
    }

    /// <summary>The incident when it exists and the caller may see it; otherwise null (both answer 404, so ids cannot be probed).</summary>
    private static async Task<IncidentView?> VisibleAsync(string id, HttpContext http, IGrainFactory grains) =>
        await grains.GetIncident(new IncidentId(id)).GetViewAsync() is { } incident && http.User.SignedInUser().MaySee(incident)
            ? incident
            : null;

    /// <summary>As <see cref="VisibleAsync"/>, with the read audited before it is answered (an unseen or unknown id as denied).</summary>
    private static async Task<IncidentView?> AuditedVisibleAsync(string id, string action, HttpContext http, IGrainFactory grains, Auditor audit)
    {
        var incident = await VisibleAsync(id, http, grains);
        await audit.RecordAsync(http, incident is null ? AuditActions.Denied(action) : action, incident?.Resident.Value, id);
        return incident;
    }

    private static void MapAction(RouteGroupBuilder incidents, string verb, string auditAction, string name, string summary,
        Func<IIncidentGrain, Actor, IncidentActionRequest?, Task<IncidentView>> action) =>
        incidents.MapPost($"/{{id}}/{verb}", async Task<IResult> (string id, IncidentActionRequest? request, HttpContext http, IGrainFactory grains, Auditor audit) =>
            {
                var user = http.User.SignedInUser();
                if (await VisibleAsync(id, http, grains) is not { } incident)
                {
                    return TypedResults.NotFound();
                }

                if (verb == "resolve" && request?.Outcome is null)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["outcome"] = ["resolving needs an outcome, e.g. HelpGiven or FalseAlarm"] });
                }

                // The attempt is audited before it runs, and a refusal once more with its reason.
                await audit.RecordAsync(user, auditAction, incident.Resident.Value, id, request?.Outcome?.ToString());
                try
                {
                    return TypedResults.Ok(await action(grains.GetIncident(incident.Id), user.Actor, request));
                }
                catch (IncidentTransitionException refused)
                {
                    await audit.RecordAsync(user, AuditActions.Denied(auditAction), incident.Resident.Value, id, refused.Message);
                    return TypedResults.Problem(refused.Message, statusCode: StatusCodes.Status409Conflict, title: "Not allowed now");
                }
            })
            .WithName(name)
            .WithSummary(summary);
}
