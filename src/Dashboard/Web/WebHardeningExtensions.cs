using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using ResponseCentre.Dashboard.Accounts;

namespace ResponseCentre.Dashboard.Web;

public static class WebHardeningExtensions
{
    /// <summary>Reads <see cref="WebOptions"/> (checked on start) and trusts forwarded headers from the configured proxies only.</summary>
    public static WebApplicationBuilder AddWebHardening(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(WebOptions.Section).Get<WebOptions>() ?? new WebOptions();
        var proxies = options.ForwardedHeaders.KnownProxies
            .Select(text => IPAddress.TryParse(text.Trim(), out var address) ? address : throw Invalid("KnownProxies", text, "an IP address, e.g. 10.0.0.5"))
            .ToList();
        var networks = options.ForwardedHeaders.KnownNetworks
            .Select(text => System.Net.IPNetwork.TryParse(text.Trim(), out var network) ? network : throw Invalid("KnownNetworks", text, "a network, e.g. 10.0.0.0/24"))
            .ToList();
        builder.Services.AddSingleton(options);
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // ASP.NET Core trusts loopback by default; here only what is configured is trusted.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            proxies.ForEach(forwarded.KnownProxies.Add);
            networks.ForEach(forwarded.KnownIPNetworks.Add);
        });
        return builder;
    }

    /// <summary>
    /// First in the pipeline: forwarded headers (when configured, so https behind a proxy gives a
    /// Secure cookie and the client's address), security headers, the loopback gate and the
    /// cross-origin guard.
    /// </summary>
    public static WebApplication UseWebHardening(this WebApplication app)
    {
        if (app.Services.GetRequiredService<WebOptions>().ForwardedHeaders.Enabled)
        {
            app.UseForwardedHeaders();
        }

        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<LoopbackOnlyGate>();
        app.UseMiddleware<CrossOriginRequestGuard>();
        return app;
    }

    /// <summary>Maps the OpenAPI document for those <c>Web:OpenApi:Access</c> lets in (default: administrators).</summary>
    public static WebApplication MapOpenApiDocument(this WebApplication app)
    {
        var access = app.Services.GetRequiredService<WebOptions>().OpenApi.Access;
        app.MapWithAccess(access, "Web:OpenApi:Access", signInAvailable: true, () => app.MapOpenApi());
        return app;
    }

    /// <summary>
    /// Maps an operational endpoint for those <paramref name="access"/> lets in: nothing when Off,
    /// and Administrators only where there is sign-in (a dashboard node).
    /// </summary>
    public static void MapWithAccess(this WebApplication app, EndpointAccess access, string setting, bool signInAvailable, Func<IEndpointConventionBuilder> map)
    {
        if (access == EndpointAccess.Off)
        {
            return;
        }

        if (access == EndpointAccess.Administrators && !signInAvailable)
        {
            throw new InvalidOperationException($"{setting} = Administrators needs sign-in, which only dashboard nodes have; use Loopback, Anyone or Off here.");
        }

        var endpoint = map();
        _ = access switch
        {
            EndpointAccess.Loopback => endpoint.WithMetadata(LoopbackOnly.Instance).AllowAnonymous(),
            EndpointAccess.Administrators => endpoint.RequireAuthorization(DashboardPolicies.Administrator),
            EndpointAccess.Anyone => endpoint.AllowAnonymous(),
            _ => throw new InvalidOperationException($"{setting} has an unknown value {access}: use Off, Loopback, Administrators or Anyone."),
        };
    }

    private static InvalidOperationException Invalid(string key, string text, string expected) =>
        new($"{WebOptions.Section}:ForwardedHeaders:{key} has '{text}', which is not {expected}.");
}
