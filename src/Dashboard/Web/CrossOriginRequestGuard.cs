using Microsoft.Net.Http.Headers;

namespace ResponseCentre.Dashboard.Web;

/// <summary>
/// Refuses request forgery from other origins, same-site ones included (a page on another port of
/// the same host gets the SameSite=Strict cookie): a state-changing request or a WebSocket handshake
/// whose browser says it came from elsewhere (Sec-Fetch-Site, Origin) answers 403. State-changing
/// <c>/api</c> requests must also name a content type a plain form or <c>no-cors</c> fetch cannot
/// send (application/json), even without a body. Requests without those headers (devices, curl,
/// tests) are not browsers' and pass.
/// </summary>
public sealed partial class CrossOriginRequestGuard(RequestDelegate next, ILogger<CrossOriginRequestGuard> logger)
{
    private static readonly string[] SimpleContentTypes = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var changesState = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method));
        // SignalR turns on WebSockets inside its own endpoint, so the handshake is known here by its Upgrade header.
        var webSocketHandshake = request.Headers.Upgrade.ToString().Contains("websocket", StringComparison.OrdinalIgnoreCase);
        if (!changesState && !webSocketHandshake)
        {
            return next(context);
        }

        if (ForeignOriginReason(request) is { } reason)
        {
            LogRefused(logger, request.Method, request.Path, reason);
            return TypedResults.Problem($"Cross-origin request refused: {reason}.", statusCode: StatusCodes.Status403Forbidden, title: "Not allowed")
                .ExecuteAsync(context);
        }

        if (changesState && request.Path.StartsWithSegments("/api") && !NamesNonSimpleContentType(request))
        {
            return TypedResults.Problem("Send the request with Content-Type: application/json (a body of {} where none is needed).",
                    statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported content type")
                .ExecuteAsync(context);
        }

        return next(context);
    }

    private static string? ForeignOriginReason(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0 && !string.Equals(fetchSite, "same-origin", StringComparison.OrdinalIgnoreCase))
        {
            return $"Sec-Fetch-Site is '{fetchSite}', not 'same-origin'";
        }

        var origin = request.Headers.Origin.ToString();
        var own = $"{request.Scheme}://{request.Host}";
        return origin.Length > 0 && !string.Equals(origin, own, StringComparison.OrdinalIgnoreCase)
            ? $"Origin '{origin}' is not this site's ({own})"
            : null;
    }

    private static bool NamesNonSimpleContentType(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && !SimpleContentTypes.Contains(type.MediaType.ToString(), StringComparer.OrdinalIgnoreCase);

    [LoggerMessage(1, LogLevel.Warning, "Refused {Method} {Path}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string method, PathString path, string reason);
}
