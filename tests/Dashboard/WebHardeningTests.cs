using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.RegularExpressions;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Testing;
using static ResponseCentre.Dashboard.Tests.DashboardTestKit;

namespace ResponseCentre.Dashboard.Tests;

/// <summary>
/// Request forgery from another origin of the same site (a page on another port), security headers,
/// what the pages may contain, and the defaults of the operational endpoints, on the default configuration.
/// </summary>
public sealed partial class WebHardeningTests(ResponseCentreApp app) : IClassFixture<ResponseCentreApp>
{
    private static readonly string[] Pages = ["/", "/index.html", "/login.html", "/staff.html"];

    private string OwnOrigin => $"http://{app.BaseAddress.Authority}";

    /// <summary>Another port on the same host: same-site, so the SameSite=Strict cookie goes along, but not same-origin.</summary>
    private string SameSiteOrigin => $"http://{app.BaseAddress.Host}:{(app.BaseAddress.Port == 1 ? 2 : 1)}";

    [Fact]
    public async Task A_signed_in_nurse_s_browser_sent_from_another_port_cannot_accept_an_incident()
    {
        var incident = await RaiseDispatchedToNurse1Async(app, 901);
        using var nurse = await AsNurse1Async(app.BaseAddress);
        var accept = $"/api/incidents/{incident.Id}/accept";

        // What a no-cors fetch from the other port sends: no body, its origin, and the browser's fetch metadata.
        using var noCors = new HttpRequestMessage(HttpMethod.Post, accept);
        noCors.Headers.Add("Origin", SameSiteOrigin);
        noCors.Headers.Add("Sec-Fetch-Site", "same-site");
        using var forged = await nurse.SendAsync(noCors);
        // An older browser without fetch metadata still names the origin.
        using var originOnly = new HttpRequestMessage(HttpMethod.Post, accept) { Content = JsonContent.Create(new { }) };
        originOnly.Headers.Add("Origin", SameSiteOrigin);
        using var forgedByOrigin = await nurse.SendAsync(originOnly);
        var afterForgery = await nurse.GetFromJsonAsync<IncidentView>($"/api/incidents/{incident.Id}", Json);

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal("application/problem+json", forged.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Sec-Fetch-Site", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forgedByOrigin.StatusCode);
        Assert.Contains("Origin", await forgedByOrigin.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(IncidentStatus.Accepted, afterForgery!.Status);

        // The page's own call (same origin, JSON) still works.
        using var own = new HttpRequestMessage(HttpMethod.Post, accept) { Content = JsonContent.Create(new { }) };
        own.Headers.Add("Origin", OwnOrigin);
        own.Headers.Add("Sec-Fetch-Site", "same-origin");
        using var accepted = await nurse.SendAsync(own);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task A_state_changing_api_call_without_a_json_content_type_is_refused_even_without_browser_headers(string? contentType)
    {
        using var nurse = await AsNurse1Async(app.BaseAddress);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/incidents/no-such-incident/accept");
        if (contentType is not null)
        {
            request.Content = new StringContent("{}", Encoding.UTF8);
            request.Content.Headers.Remove("Content-Type");
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        using var response = await nurse.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_websocket_to_the_hub_from_another_origin_is_refused_and_from_the_own_origin_accepted()
    {
        var cookies = new CookieContainer();
        using (var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = app.BaseAddress })
        {
            using var login = await browser.PostAsJsonAsync("/api/auth/login", new { userName = Nurse1User, password = NursePassword });
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        }

        var hub = new UriBuilder(app.BaseAddress) { Scheme = "ws", Path = "/hubs/incidents" }.Uri;

        using var foreign = HubSocket(cookies, SameSiteOrigin);
        await Assert.ThrowsAnyAsync<WebSocketException>(() => foreign.ConnectAsync(hub, CancellationToken.None));
        using var own = HubSocket(cookies, OwnOrigin);
        await own.ConnectAsync(hub, CancellationToken.None);

        Assert.Equal(HttpStatusCode.Forbidden, foreign.HttpStatusCode);
        Assert.Equal(WebSocketState.Open, own.State);
        await own.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/staff.html")]
    [InlineData("/js/api.js")]
    [InlineData("/api/auth/me")]
    [InlineData("/health")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var http = Anonymous(app.BaseAddress);

        using var response = await http.GetAsync(path);

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Pages_hold_no_inline_script_style_or_event_handler_the_policy_would_block()
    {
        using var http = Anonymous(app.BaseAddress);

        foreach (var page in Pages)
        {
            var html = await http.GetStringAsync(page);

            Assert.DoesNotMatch(InlineScript(), html);
            Assert.DoesNotMatch(EventHandlerAttribute(), html);
            Assert.DoesNotMatch(InlineStyle(), html);
        }
    }

    [Fact]
    public async Task OpenApi_document_is_for_administrators_by_default()
    {
        using var anonymous = Anonymous(app.BaseAddress);
        using var desk = await AsOperatorAsync(app.BaseAddress);
        using var admin = await SignIn.AsAdministratorAsync(app.BaseAddress);

        using var anonymousAnswer = await anonymous.GetAsync("/openapi/v1.json");
        using var deskAnswer = await desk.GetAsync("/openapi/v1.json");
        using var adminAnswer = await admin.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymousAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, deskAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, adminAnswer.StatusCode);
    }

    [Fact]
    public async Task Metrics_answer_a_request_from_this_machine_by_default()
    {
        using var anonymous = Anonymous(app.BaseAddress);

        using var response = await anonymous.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Forwarded_headers_are_ignored_when_no_proxy_is_configured()
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = app.BaseAddress };
        for (var i = 0; i < Accounts.LoginThrottle.FreeFailures; i++)
        {
            using var wrong = await PostLoginAsync(http, "lead", "not-the-lead-password", forwardedFor: $"203.0.113.{i + 1}");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        // A made-up client address does not escape the throttle of the real one.
        using var spoofed = await PostLoginAsync(http, "lead", "demo-lead", forwardedFor: "203.0.113.99");
        using var asHttps = await PostLoginAsync(http, OperatorUser, OperatorPassword, forwardedProto: "https");

        Assert.Equal((HttpStatusCode)429, spoofed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asHttps.StatusCode);
        var cookie = Assert.Single(asHttps.Headers.GetValues("Set-Cookie"), c => c.StartsWith("rc.auth=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    internal static Task<HttpResponseMessage> PostLoginAsync(HttpClient http, string userName, string password, string? forwardedFor = null, string? forwardedProto = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = JsonContent.Create(new { userName, password }) };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }

        return http.SendAsync(request);
    }

    private static ClientWebSocket HubSocket(CookieContainer cookies, string origin)
    {
        var socket = new ClientWebSocket();
        socket.Options.Cookies = cookies;
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.SetRequestHeader("Origin", origin);
        return socket;
    }

    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<[^>]+\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();

    [GeneratedRegex(@"<style|\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyle();
}
