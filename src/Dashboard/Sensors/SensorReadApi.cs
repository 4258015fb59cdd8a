using ResponseCentre.Dashboard.Accounts;
using ResponseCentre.Dashboard.Audit;
using ResponseCentre.Dashboard.Residents;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.TimeSeries;

namespace ResponseCentre.Dashboard.Sensors;

/// <summary>
/// A resident's sensor state and series, for the resident card and its charts. These are health
/// data: the same people who may read the card may read them, and every read is audited.
/// </summary>
public static class SensorReadApi
{
    private static readonly TimeSpan DefaultRange = TimeSpan.FromDays(1);

    public static IEndpointRouteBuilder MapSensorReadApi(this IEndpointRouteBuilder app)
    {
        var residents = app.MapGroup("/api/residents").WithTags("Sensors").RequireAuthorization(DashboardPolicies.SignedIn);

        residents.MapGet("/{id}/sensors", async Task<IResult> (string id, IGrainFactory grains, HttpContext http, ResidentAccess access, Auditor audit) =>
            {
                var resident = grains.GetResident(new ResidentId(id));
                if (await AuthorizeAsync(id, await resident.GetProfileAsync(), AuditActions.ReadSensors, null, http, access, audit) is { } refused)
                {
                    return refused;
                }

                return TypedResults.Ok(await resident.GetLatestReadingsAsync());
            })
            .WithName("GetLatestReadings")
            .WithSummary("The latest value of each metric in the resident's home, with the device and time. Audited.");

        residents.MapGet("/{id}/series/{metric}", async Task<IResult> (
                string id, SensorMetric metric, DateTimeOffset? from, DateTimeOffset? to, TimeSpan? bucket,
                IGrainFactory grains, ISeriesQuery series, TimeProvider time, HttpContext http, ResidentAccess access, Auditor audit) =>
            {
                var until = to ?? time.GetUtcNow();
                var since = from ?? until - DefaultRange;
                var step = bucket ?? TimeSpan.FromMinutes(5);
                var profile = await grains.GetResident(new ResidentId(id)).GetProfileAsync();
                if (await AuthorizeAsync(id, profile, AuditActions.ReadSeries, $"{metric} {since:O}..{until:O}", http, access, audit) is { } refused)
                {
                    return refused;
                }

                try
                {
                    return TypedResults.Ok(await series.QueryAsync(id, metric, since, until, step, http.RequestAborted));
                }
                catch (TimeSeriesStoreException e)
                {
                    return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "The time-series store did not answer");
                }
                catch (ArgumentException e)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["range"] = [e.Message] });
                }
            })
            .WithName("GetSeries")
            .WithSummary("A resident's series of one metric, downsampled: mean, min, max and count per bucket (from, to: ISO 8601, default the last day; bucket: e.g. 00:05:00). Audited.");

        return app;
    }

    /// <summary>Null when the read may go ahead (and is audited); otherwise the answer to give, the refusal audited too.</summary>
    private static async Task<IResult?> AuthorizeAsync(
        string id, ResidentProfile? profile, string action, string? detail, HttpContext http, ResidentAccess access, Auditor audit)
    {
        var user = http.User.SignedInUser();
        if (profile is null && !user.IsFieldStaff)
        {
            return TypedResults.NotFound();
        }

        if (!await access.MayReadAsync(user, profile))
        {
            await audit.RecordAsync(user, AuditActions.Denied(action), resident: id, detail: detail);
            return ResidentApi.Refused(user);
        }

        await audit.RecordAsync(user, action, resident: id, detail: detail);
        return null;
    }
}
