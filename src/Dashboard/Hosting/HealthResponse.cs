using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ResponseCentre.Dashboard.Hosting;

/// <summary>
/// /health as JSON: the overall status and each check's own, with its description, so an operator
/// sees why a node is degraded (for example, no time-series store configured, or points buffered
/// while InfluxDB is down) and not only that it is.
/// </summary>
internal static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, HealthJson, context.RequestAborted);
    }

    private static readonly JsonSerializerOptions HealthJson = new(JsonSerializerDefaults.Web);
}
