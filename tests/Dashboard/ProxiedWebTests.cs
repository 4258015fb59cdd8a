using System.Net;
using System.Net.Http.Json;
using ResponseCentre.Testing;
using static ResponseCentre.Dashboard.Tests.DashboardTestKit;

namespace ResponseCentre.Dashboard.Tests;

/// <summary>
/// The dashboard behind a TLS-terminating proxy on this machine (Web:ForwardedHeaders:KnownProxies =
/// 127.0.0.1), with /metrics for administrators and the OpenAPI document for this machine only.
/// A request with X-Forwarded-For comes, as far as the app can tell, from that client through the proxy.
/// </summary>
public sealed class ProxiedWebTests(ProxiedWebTests.ProxiedApp fixture) : IClassFixture<ProxiedWebTests.ProxiedApp>
{
    private const string RemoteClient = "203.0.113.20";
    private readonly ResponseCentreApp _app = fixture.App;

    [Fact]
    public async Task Sign_in_over_https_at_the_proxy_sets_a_secure_cookie_and_over_plain_http_does_not()
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = _app.BaseAddress };

        using var https = await WebHardeningTests.PostLoginAsync(http, OperatorUser, OperatorPassword, RemoteClient, forwardedProto: "https");
        using var plain = await WebHardeningTests.PostLoginAsync(http, OperatorUser, OperatorPassword, RemoteClient, forwardedProto: "http");

        Assert.Equal(HttpStatusCode.OK, https.StatusCode);
        Assert.Contains("secure", AuthCookie(https), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.DoesNotContain("secure", AuthCookie(plain), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_guesser_slows_only_itself_the_user_signs_in_from_another_address_at_once()
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = _app.BaseAddress };
        for (var i = 0; i < Accounts.LoginThrottle.FreeFailures; i++)
        {
            using var wrong = await WebHardeningTests.PostLoginAsync(http, Nurse1User, $"guess-{i}", forwardedFor: "203.0.113.66");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var guesser = await WebHardeningTests.PostLoginAsync(http, Nurse1User, NursePassword, forwardedFor: "203.0.113.66");
        using var nurse = await WebHardeningTests.PostLoginAsync(http, Nurse1User, NursePassword, forwardedFor: "203.0.113.67");

        Assert.Equal((HttpStatusCode)429, guesser.StatusCode);
        Assert.NotNull(guesser.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, nurse.StatusCode);
    }

    [Fact]
    public async Task Metrics_set_to_administrators_refuse_anyone_else()
    {
        using var anonymous = Anonymous(_app.BaseAddress);
        using var desk = await AsOperatorAsync(_app.BaseAddress);
        using var admin = await SignIn.AsAdministratorAsync(_app.BaseAddress);

        using var anonymousAnswer = await anonymous.GetAsync("/metrics");
        using var deskAnswer = await desk.GetAsync("/metrics");
        using var adminAnswer = await admin.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymousAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, deskAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, adminAnswer.StatusCode);
        Assert.Contains("# TYPE ", await adminAnswer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_set_to_loopback_refuses_a_client_through_the_proxy_and_answers_this_machine()
    {
        using var http = Anonymous(_app.BaseAddress);
        using var remote = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        remote.Headers.Add("X-Forwarded-For", RemoteClient);

        using var fromRemote = await http.SendAsync(remote);
        using var fromHere = await http.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.Forbidden, fromRemote.StatusCode);
        Assert.Equal("application/problem+json", fromRemote.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, fromHere.StatusCode);
    }

    [Fact]
    public async Task A_same_origin_call_through_the_proxy_is_accepted_by_its_public_origin()
    {
        using var nurse = await AsNurse1Async(_app.BaseAddress);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/incidents/no-such-incident/accept") { Content = JsonContent.Create(new { }) };
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "alarm.example.org");
        request.Headers.Add("Origin", "https://alarm.example.org");

        using var response = await nurse.SendAsync(request);

        // Past the origin check, to the endpoint, which does not know the incident.
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string AuthCookie(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("rc.auth=", StringComparison.Ordinal));

    /// <summary>The system with a proxy on 127.0.0.1 and the operational endpoints' access changed.</summary>
    public sealed class ProxiedApp : IAsyncLifetime
    {
        public ResponseCentreApp App { get; } = new();

        public Task InitializeAsync()
        {
            App.Settings["Web:ForwardedHeaders:KnownProxies:0"] = "127.0.0.1";
            App.Settings["Web:Metrics:Access"] = "Administrators";
            App.Settings["Web:OpenApi:Access"] = "Loopback";
            return App.InitializeAsync();
        }

        public Task DisposeAsync() => ((IAsyncLifetime)App).DisposeAsync();
    }
}
