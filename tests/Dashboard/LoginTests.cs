using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Accounts;
using ResponseCentre.Testing;
using static ResponseCentre.Dashboard.Tests.DashboardTestKit;

namespace ResponseCentre.Dashboard.Tests;

/// <summary>Signing in and out through the real endpoints, the cookie, and accounts as the administrator sees and creates them.</summary>
public sealed class LoginTests(ResponseCentreApp app) : IClassFixture<ResponseCentreApp>
{
    private const string WrongCredentials = "The user name or password is wrong.";

    private static HttpClient NewBrowser(Uri baseAddress, out CookieContainer cookies)
    {
        cookies = new CookieContainer();
        return new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = baseAddress };
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient http, string userName, string password) =>
        http.PostAsJsonAsync("/api/auth/login", new { userName, password });

    [Fact]
    public async Task Wrong_password_answers_401_problem_and_sets_no_cookie()
    {
        using var http = NewBrowser(app.BaseAddress, out var cookies);

        using var response = await LoginAsync(http, OperatorUser, "not-the-password");
        using var problem = await ReadJsonAsync(response);
        using var me = await http.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(WrongCredentials, problem.RootElement.GetProperty("detail").GetString());
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Empty(cookies.GetCookies(app.BaseAddress));
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task Unknown_user_answers_401_with_the_same_message_as_a_wrong_password()
    {
        using var http = NewBrowser(app.BaseAddress, out var cookies);

        using var unknown = await LoginAsync(http, "nobody-by-this-name", "demo-operator");
        using var wrong = await LoginAsync(http, OperatorUser, "demo-operatorX");
        using var unknownProblem = await ReadJsonAsync(unknown);
        using var wrongProblem = await ReadJsonAsync(wrong);

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        // Which of the two was wrong is not said, so user names cannot be probed.
        Assert.Equal(WrongCredentials, unknownProblem.RootElement.GetProperty("detail").GetString());
        Assert.Equal(wrongProblem.RootElement.GetProperty("detail").GetString(), unknownProblem.RootElement.GetProperty("detail").GetString());
        Assert.Equal(wrongProblem.RootElement.GetProperty("title").GetString(), unknownProblem.RootElement.GetProperty("title").GetString());
        Assert.Empty(cookies.GetCookies(app.BaseAddress));
    }

    [Fact]
    public async Task Right_password_answers_200_with_role_and_tenants_and_sets_an_http_only_cookie()
    {
        using var http = NewBrowser(app.BaseAddress, out var cookies);

        using var response = await LoginAsync(http, OperatorUser, OperatorPassword);
        using var me = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("operator", me.RootElement.GetProperty("userName").GetString());
        Assert.Equal("Olga Operator", me.RootElement.GetProperty("displayName").GetString());
        Assert.Equal("Operator", me.RootElement.GetProperty("role").GetString());
        Assert.Equal(["oslo", "demo"], me.RootElement.GetProperty("tenants").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(JsonValueKind.Null, me.RootElement.GetProperty("staffId").ValueKind);
        var cookie = Assert.Single(cookies.GetCookies(app.BaseAddress));
        Assert.Equal("rc.auth", cookie.Name);
        Assert.True(cookie.HttpOnly);
    }

    [Fact]
    public async Task Field_staff_login_names_the_staff_id()
    {
        using var http = Anonymous(app.BaseAddress);

        using var response = await LoginAsync(http, Nurse1User, NursePassword);
        using var me = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("FieldStaff", me.RootElement.GetProperty("role").GetString());
        Assert.Equal("demo-nurse-01", me.RootElement.GetProperty("staffId").GetString());
        Assert.Equal(["demo"], me.RootElement.GetProperty("tenants").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Me_is_401_before_login_200_after_and_401_again_after_logout()
    {
        using var http = NewBrowser(app.BaseAddress, out var cookies);

        using var before = await http.GetAsync("/api/auth/me");
        using var login = await LoginAsync(http, "lead", "demo-lead");
        using var signedIn = await http.GetAsync("/api/auth/me");
        using var me = await ReadJsonAsync(signedIn);
        using var logout = await http.PostAsJsonAsync("/api/auth/logout", new { });
        using var after = await http.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.Unauthorized, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Equal("lead", me.RootElement.GetProperty("userName").GetString());
        Assert.Equal("TeamLead", me.RootElement.GetProperty("role").GetString());
        Assert.Equal("demo-lead-01", me.RootElement.GetProperty("staffId").GetString());
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Empty(cookies.GetCookies(app.BaseAddress));
    }

    [Fact]
    public async Task Account_list_never_shows_a_password_or_its_hash()
    {
        const string password = "Plain-Text-Secret-4711";
        using var admin = await SignIn.AsAdministratorAsync(app.BaseAddress);
        using var put = await admin.PutAsJsonAsync("/api/admin/accounts/listed-user",
            new { displayName = "Listed User", role = "Operator", tenants = DemoOnly, password });

        var body = await admin.GetStringAsync("/api/admin/accounts");
        using var accounts = JsonDocument.Parse(body);

        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        var names = accounts.RootElement.EnumerateArray().Select(a => a.GetProperty("userName").GetString()).ToList();
        Assert.Contains("operator", names);
        Assert.Contains("listed-user", names);
        Assert.All(accounts.RootElement.EnumerateArray(), account =>
            Assert.DoesNotContain(account.EnumerateObject(), p => p.Name.Contains("password", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(password, body, StringComparison.Ordinal);
        Assert.DoesNotContain("demo-operator", body, StringComparison.Ordinal);
        Assert.DoesNotContain("demo-admin", body, StringComparison.Ordinal);
        // ASP.NET Core Identity's v3 hashes start with this (base64 of the format marker and PRF).
        Assert.DoesNotContain("AQAAAA", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stored_password_is_a_hash_that_verifies_and_not_the_plain_text()
    {
        const string password = "Hash-Me-Please-2468";
        using var admin = await SignIn.AsAdministratorAsync(app.BaseAddress);
        using var put = await admin.PutAsJsonAsync("/api/admin/accounts/hashed-user",
            new { displayName = "Hashed User", role = "Operator", tenants = DemoOnly, password });
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var hasher = app.Services.GetRequiredService<IPasswordHasher<UserAccount>>();

        var stored = await grains.GetAccounts().FindAsync("hashed-user");
        var seeded = await grains.GetAccounts().FindAsync(OperatorUser);

        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.NotNull(stored);
        Assert.DoesNotContain(password, stored.PasswordHash, StringComparison.Ordinal);
        Assert.NotEqual(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(stored, stored.PasswordHash, password));
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(stored, stored.PasswordHash, password + "x"));
        Assert.NotNull(seeded);
        Assert.NotEqual(OperatorPassword, seeded.PasswordHash);
    }

    [Fact]
    public async Task Administrator_creates_an_account_and_the_new_user_can_log_in()
    {
        using var admin = await SignIn.AsAdministratorAsync(app.BaseAddress);

        using var put = await admin.PutAsJsonAsync("/api/admin/accounts/new-nurse",
            new { displayName = "New Nurse", role = "FieldStaff", tenants = DemoOnly, staffId = "demo-nurse-02", password = "fresh-shift-pass" });
        using var http = await SignIn.AsAsync(app.BaseAddress, "new-nurse", "fresh-shift-pass");
        using var me = JsonDocument.Parse(await http.GetStringAsync("/api/auth/me"));

        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.Equal("new-nurse", me.RootElement.GetProperty("userName").GetString());
        Assert.Equal("New Nurse", me.RootElement.GetProperty("displayName").GetString());
        Assert.Equal("FieldStaff", me.RootElement.GetProperty("role").GetString());
        Assert.Equal("demo-nurse-02", me.RootElement.GetProperty("staffId").GetString());
    }

    [Fact]
    public async Task Changing_an_account_without_a_password_keeps_the_old_password()
    {
        using var admin = await SignIn.AsAdministratorAsync(app.BaseAddress);
        using var create = await admin.PutAsJsonAsync("/api/admin/accounts/renamed-user",
            new { displayName = "Before", role = "Operator", tenants = DemoOnly, password = "keep-this-pass" });

        using var change = await admin.PutAsJsonAsync("/api/admin/accounts/renamed-user",
            new { displayName = "After", role = "Operator", tenants = DemoAndOslo });
        using var http = await SignIn.AsAsync(app.BaseAddress, "renamed-user", "keep-this-pass");
        using var me = JsonDocument.Parse(await http.GetStringAsync("/api/auth/me"));

        Assert.Equal(HttpStatusCode.NoContent, create.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);
        Assert.Equal("After", me.RootElement.GetProperty("displayName").GetString());
        Assert.Equal(["demo", "oslo"], me.RootElement.GetProperty("tenants").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task New_account_without_a_password_is_refused_naming_password_and_not_created()
    {
        using var admin = await SignIn.AsAdministratorAsync(app.BaseAddress);

        using var response = await admin.PutAsJsonAsync("/api/admin/accounts/no-password-user",
            new { displayName = "No Password", role = "Operator", tenants = DemoOnly });
        using var problem = await ReadJsonAsync(response);
        var list = await admin.GetStringAsync("/api/admin/accounts");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("password", out _), problem.RootElement.ToString());
        Assert.DoesNotContain("no-password-user", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Short_password_is_refused_naming_password()
    {
        using var admin = await SignIn.AsAdministratorAsync(app.BaseAddress);

        using var response = await admin.PutAsJsonAsync("/api/admin/accounts/short-password-user",
            new { displayName = "Short", role = "Operator", tenants = DemoOnly, password = "1234567" });
        using var problem = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("password", out _), problem.RootElement.ToString());
    }

    [Fact]
    public async Task Field_staff_account_without_a_staff_id_is_refused_naming_staffId()
    {
        using var admin = await SignIn.AsAdministratorAsync(app.BaseAddress);

        using var response = await admin.PutAsJsonAsync("/api/admin/accounts/no-staff-id-user",
            new { displayName = "No Staff Id", role = "FieldStaff", tenants = DemoOnly, password = "long-enough-pass" });
        using var problem = await ReadJsonAsync(response);
        using var anonymous = Anonymous(app.BaseAddress);
        using var login = await LoginAsync(anonymous, "no-staff-id-user", "long-enough-pass");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = problem.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("staffId", out _), problem.RootElement.ToString());
        Assert.False(errors.TryGetProperty("password", out _), problem.RootElement.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    [Fact]
    public async Task Session_of_an_account_the_administrator_demotes_loses_the_rights_it_no_longer_has()
    {
        using var admin = await SignIn.AsAdministratorAsync(app.BaseAddress);
        using var create = await admin.PutAsJsonAsync("/api/admin/accounts/demoted-admin",
            new { displayName = "Soon Demoted", role = "Administrator", tenants = DemoOnly, password = "demoted-pass" });
        using var session = await SignIn.AsAsync(app.BaseAddress, "demoted-admin", "demoted-pass");
        using var before = await session.GetAsync("/api/admin/accounts");

        using var demote = await admin.PutAsJsonAsync("/api/admin/accounts/demoted-admin",
            new { displayName = "Soon Demoted", role = "Operator", tenants = DemoOnly });
        using var after = await session.GetAsync("/api/admin/accounts");
        using var meAfter = await session.GetAsync("/api/auth/me");
        using var again = await SignIn.AsAsync(app.BaseAddress, "demoted-admin", "demoted-pass");
        using var adminAgain = await again.GetAsync("/api/admin/accounts");
        using var me = JsonDocument.Parse(await again.GetStringAsync("/api/auth/me"));

        Assert.Equal(HttpStatusCode.NoContent, create.StatusCode);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, demote.StatusCode);
        // Every request is checked against the stored account: the changed account's old session ends at once.
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, meAfter.StatusCode);
        // Signing in again gives the rights the account has now.
        Assert.Equal("Operator", me.RootElement.GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, adminAgain.StatusCode);
    }

    [Theory]
    [InlineData("12345678")]
    [InlineData("        ")]
    [InlineData("                ")]
    [InlineData("Password2024!")]
    [InlineData("Sommer2025!!")]
    [InlineData("qwertyuiop123")]
    [InlineData("aaaaaaaaaaaaaaaa")]
    [InlineData("weak-admin-policy-test")]
    public async Task Weak_password_is_refused_even_for_an_administrator_naming_password(string password)
    {
        using var admin = await SignIn.AsAdministratorAsync(app.BaseAddress);

        using var response = await admin.PutAsJsonAsync("/api/admin/accounts/weak-admin-policy-test",
            new { displayName = "Weak", role = "Administrator", tenants = DemoOnly, password });
        using var problem = await ReadJsonAsync(response);
        var list = await admin.GetStringAsync("/api/admin/accounts");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("password", out _), problem.RootElement.ToString());
        Assert.DoesNotContain("weak-admin-policy-test", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cookie_copied_before_sign_out_no_longer_works_after_it()
    {
        using var http = NewBrowser(app.BaseAddress, out var cookies);
        using var login = await LoginAsync(http, OperatorUser, OperatorPassword);
        var copied = cookies.GetCookieHeader(app.BaseAddress);
        using var beforeSignOut = await MeWithCookieAsync(copied);

        using var logout = await http.PostAsJsonAsync("/api/auth/logout", new { });
        using var afterSignOut = await MeWithCookieAsync(copied);
        using var otherSession = await AsOperatorAsync(app.BaseAddress);
        using var otherMe = await otherSession.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, beforeSignOut.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterSignOut.StatusCode);
        // Only the session that signed out ended: the same user's other sign-in goes on.
        Assert.Equal(HttpStatusCode.OK, otherMe.StatusCode);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_answer_429_with_retry_after_instead_of_a_lock_out()
    {
        using var admin = await SignIn.AsAdministratorAsync(app.BaseAddress);
        using var put = await admin.PutAsJsonAsync("/api/admin/accounts/guessed-user",
            new { displayName = "Guessed", role = "Operator", tenants = DemoOnly, password = "Harbour-Lantern-58" });
        using var http = Anonymous(app.BaseAddress);

        for (var i = 0; i < Accounts.LoginThrottle.FreeFailures; i++)
        {
            using var wrong = await LoginAsync(http, "guessed-user", $"wrong-guess-{i}");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var throttled = await LoginAsync(http, "guessed-user", "Harbour-Lantern-58");
        using var problem = await ReadJsonAsync(throttled);

        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.Equal((HttpStatusCode)429, throttled.StatusCode);
        Assert.Equal("application/problem+json", throttled.Content.Headers.ContentType?.MediaType);
        var retryAfter = throttled.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), Accounts.LoginThrottle.MaxBackOff);
        Assert.Contains("try again in", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>GET /api/auth/me with a cookie header copied by hand, as someone who took it would send it.</summary>
    private async Task<HttpResponseMessage> MeWithCookieAsync(string cookieHeader)
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = app.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        request.Headers.Add("Cookie", cookieHeader);
        return await http.SendAsync(request);
    }
}
