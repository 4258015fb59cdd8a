using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Dashboard.Incidents;

public static class IncidentApi
{
    public static IEndpointRouteBuilder MapIncidentApi(this IEndpointRouteBuilder app)
    {
        var incidents = app.MapGroup("/api/incidents").WithTags("Incidents");

        incidents.MapGet("/", (IGrainFactory grains) => grains.GetIncidentFeed().GetOpenIncidentsAsync())
            .WithName("ListOpenIncidents")
            .WithSummary("The open incidents, most urgent first, then oldest first.");

        incidents.MapGet("/{id}", async Task<IResult> (string id, IGrainFactory grains) =>
                await grains.GetIncident(new IncidentId(id)).GetViewAsync() is { } incident
                    ? TypedResults.Ok(incident)
                    : TypedResults.NotFound())
            .WithName("GetIncident")
            .WithSummary("One incident.");

        incidents.MapGet("/{id}/timeline", async Task<IResult> (string id, IGrainFactory grains) =>
                await grains.GetIncident(new IncidentId(id)).GetViewAsync() is null
                    ? TypedResults.NotFound()
                    : TypedResults.Ok(await grains.GetIncident(new IncidentId(id)).GetTimelineAsync()))
            .WithName("GetIncidentTimeline")
            .WithSummary("Every step of the incident, timestamped and attributed, oldest first.");

        MapAction(incidents, "accept", "AcceptIncident", "Accept the incident; escalation stops.", (i, r) => i.AcceptAsync(r.Actor));
        MapAction(incidents, "decline", "DeclineIncident", "Decline it; escalation moves on at once.", (i, r) => i.DeclineAsync(r.Actor));
        MapAction(incidents, "en-route", "MarkIncidentEnRoute", "The responder is on the way.", (i, r) => i.MarkEnRouteAsync(r.Actor));
        MapAction(incidents, "on-site", "MarkIncidentOnSite", "The responder is with the resident.", (i, r) => i.MarkOnSiteAsync(r.Actor));
        MapAction(incidents, "resolve", "ResolveIncident", "Close it with an outcome.", (i, r) =>
            i.ResolveAsync(r.Actor, r.Outcome ?? throw new IncidentTransitionException("Resolving needs an outcome.")));
        return app;
    }

    private static void MapAction(RouteGroupBuilder incidents, string verb, string name, string summary,
        Func<IIncidentGrain, IncidentActionRequest, Task<IncidentView>> action) =>
        incidents.MapPost($"/{{id}}/{verb}", async Task<IResult> (string id, IncidentActionRequest request, IGrainFactory grains) =>
            {
                // Only the centre itself acts as the system (clearing technical faults); no caller may claim it.
                if (request.ActorKind == ActorKind.System)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["actorKind"] = ["System is the centre itself; act as Operator or Staff"] });
                }

                var incident = grains.GetIncident(new IncidentId(id));
                if (await incident.GetViewAsync() is null)
                {
                    return TypedResults.NotFound();
                }

                try
                {
                    return TypedResults.Ok(await action(incident, request));
                }
                catch (IncidentTransitionException refused)
                {
                    return TypedResults.Problem(refused.Message, statusCode: StatusCodes.Status409Conflict, title: "Not allowed now");
                }
            })
            .WithName(name)
            .WithSummary(summary);
}
