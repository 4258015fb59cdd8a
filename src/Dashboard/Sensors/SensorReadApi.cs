using Microsoft.AspNetCore.Http.HttpResults;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.TimeSeries;

namespace ResponseCentre.Dashboard.Sensors;

/// <summary>
/// A resident's sensor state and series, for the resident card and its charts. These are health
/// data: every read is written to the audit log (who, when, what, which resident). Until login
/// lands (issue 6) the caller is known only by address, and the queryable audit trail replaces the log.
/// </summary>
public static partial class SensorReadApi
{
    private static readonly TimeSpan DefaultRange = TimeSpan.FromDays(1);

    public static IEndpointRouteBuilder MapSensorReadApi(this IEndpointRouteBuilder app)
    {
        var residents = app.MapGroup("/api/residents").WithTags("Sensors");

        residents.MapGet("/{id}/sensors", async Task<Results<Ok<IReadOnlyList<LatestReading>>, NotFound>> (
                string id, IGrainFactory grains, HttpContext http, ILoggerFactory logs) =>
            {
                var resident = grains.GetResident(new ResidentId(id));
                if (await resident.GetProfileAsync() is null)
                {
                    return TypedResults.NotFound();
                }

                LogRead(logs.CreateLogger(AuditCategory), Caller(http), "latest sensor readings", id);
                return TypedResults.Ok(await resident.GetLatestReadingsAsync());
            })
            .WithName("GetLatestReadings")
            .WithSummary("The latest value of each metric in the resident's home, with the device and time. Audited.");

        residents.MapGet("/{id}/series/{metric}", async Task<Results<Ok<IReadOnlyList<SeriesBucket>>, NotFound, ValidationProblem, ProblemHttpResult>> (
                string id, SensorMetric metric, DateTimeOffset? from, DateTimeOffset? to, TimeSpan? bucket,
                IGrainFactory grains, ISeriesQuery series, TimeProvider time, HttpContext http, ILoggerFactory logs) =>
            {
                if (await grains.GetResident(new ResidentId(id)).GetProfileAsync() is null)
                {
                    return TypedResults.NotFound();
                }

                var until = to ?? time.GetUtcNow();
                var since = from ?? until - DefaultRange;
                var step = bucket ?? TimeSpan.FromMinutes(5);
                LogRead(logs.CreateLogger(AuditCategory), Caller(http), $"{metric} series {since:O}..{until:O}", id);
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

    private const string AuditCategory = "ResponseCentre.Audit";

    private static string Caller(HttpContext http) => $"unauthenticated caller at {http.Connection.RemoteIpAddress}";

    [LoggerMessage(1, LogLevel.Information, "Audit: {Caller} read {What} of resident {Resident}")]
    private static partial void LogRead(ILogger logger, string caller, string what, string resident);
}
