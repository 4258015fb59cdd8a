using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ResponseCentre.TimeSeries;

/// <summary>
/// The InfluxDB v1 HTTP API as a typed client (IHttpClientFactory): <c>/ping</c>, <c>/write</c> in line
/// protocol with millisecond precision, <c>/query</c> in InfluxQL. Base address, timeout and basic
/// authentication are set where the client is registered. No resilience handler sits under it: the
/// shipper's own retry and circuit breaker decide when to try again (a second layer would multiply
/// attempts and hide the breaker state the health check reports), and a failed query is the caller's to repeat.
/// </summary>
internal sealed class InfluxClient(HttpClient http, IOptions<TimeSeriesOptions> options)
{
    private readonly string _database = options.Value.Database;

    /// <summary>Succeeds when the server answers its ping.</summary>
    public async Task PingAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync("ping", cancellationToken);
        if (response.StatusCode != HttpStatusCode.NoContent)
        {
            throw new InfluxRequestException(response.StatusCode, $"ping answered {(int)response.StatusCode}");
        }
    }

    /// <summary>Makes the database unless it exists (idempotent in InfluxDB 1.x).</summary>
    public async Task CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        // The name is validated (letters, digits, '_', '-'), so quoting it is enough.
        using var content = new FormUrlEncodedContent([new("q", $"CREATE DATABASE \"{_database}\"")]);
        using var response = await http.PostAsync("query", content, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InfluxRequestException(response.StatusCode, Describe(response.StatusCode, body));
        }

        if (ErrorOf(body) is { } error)
        {
            throw new InfluxRequestException(response.StatusCode, error);
        }
    }

    /// <summary>Writes lines (timestamps in ms); succeeds only on 204, when InfluxDB has them durably.</summary>
    public async Task WriteAsync(string lines, CancellationToken cancellationToken)
    {
        var uri = $"write?db={Uri.EscapeDataString(_database)}&precision=ms";
        using var content = new StringContent(lines, Encoding.UTF8, "text/plain");
        using var response = await http.PostAsync(uri, content, cancellationToken);
        if (response.StatusCode != HttpStatusCode.NoContent)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InfluxRequestException(response.StatusCode, Describe(response.StatusCode, body),
                pointsRefused: response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge);
        }
    }

    /// <summary>Runs a read-only InfluxQL statement (GET, so a dead pooled connection is retried by the handler); times in epoch ms.</summary>
    public async Task<JsonDocument> QueryAsync(string influxQl, CancellationToken cancellationToken)
    {
        var uri = string.Create(CultureInfo.InvariantCulture,
            $"query?db={Uri.EscapeDataString(_database)}&epoch=ms&q={Uri.EscapeDataString(influxQl)}");
        using var response = await http.GetAsync(uri, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InfluxRequestException(response.StatusCode, Describe(response.StatusCode, body));
        }

        var document = JsonDocument.Parse(body);
        if (ErrorOf(document.RootElement) is { } error)
        {
            document.Dispose();
            throw new InfluxRequestException(response.StatusCode, error);
        }

        return document;
    }

    private static string? ErrorOf(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        using var document = JsonDocument.Parse(body);
        return ErrorOf(document.RootElement);
    }

    // InfluxDB answers 200 with the error inside: {"error":...} or {"results":[{"error":...}]}.
    private static string? ErrorOf(JsonElement root)
    {
        if (root.TryGetProperty("error", out var error))
        {
            return error.GetString();
        }

        if (root.TryGetProperty("results", out var results))
        {
            foreach (var result in results.EnumerateArray())
            {
                if (result.TryGetProperty("error", out var statementError))
                {
                    return statementError.GetString();
                }
            }
        }

        return null;
    }

    private static string Describe(HttpStatusCode status, string body)
    {
        var message = body.Trim();
        try
        {
            message = ErrorOf(body) ?? message;
        }
        catch (JsonException)
        {
            // Not InfluxDB's JSON (a proxy's page, say): keep the text.
        }

        if (message.Length > 500)
        {
            message = message[..500] + "...";
        }

        return string.Create(CultureInfo.InvariantCulture, $"InfluxDB answered {(int)status} {status}: {message}");
    }
}

/// <summary>InfluxDB answered, but not with success.</summary>
internal sealed class InfluxRequestException(HttpStatusCode statusCode, string message, bool pointsRefused = false) : Exception(message)
{
    public HttpStatusCode StatusCode { get; } = statusCode;

    /// <summary>
    /// A write whose points were refused and never will be taken (unparsable line, field type
    /// conflict, body too large): retrying cannot help. InfluxDB 1.x has kept the batch's valid points.
    /// </summary>
    public bool PointsRefused { get; } = pointsRefused;

    public bool DatabaseNotFound => StatusCode == HttpStatusCode.NotFound;
}
