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

        return app;
    }
}
