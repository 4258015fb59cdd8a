using System.Net;
using System.Net.Http.Json;

namespace ResponseCentre.Testing;

/// <summary>
/// Signs test clients in through the real login endpoint, as the seeded demo administrator or as
/// a field responder whose account the administrator creates on the fly.
/// </summary>
public static class SignIn
{
    public const string AdministratorUser = "admin";
    public const string AdministratorPassword = "demo-admin";
    private static readonly string[] AllTenants = ["*"];

    /// <summary>An HTTP client signed in as <paramref name="userName"/>; fails the test when the login is refused.</summary>
    public static async Task<HttpClient> AsAsync(Uri baseAddress, string userName, string password)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress };
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        if (!response.IsSuccessStatusCode)
        {
            client.Dispose();
            throw new InvalidOperationException($"Login as {userName} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    /// <summary>The seeded administrator, who sees every tenant.</summary>
    public static Task<HttpClient> AsAdministratorAsync(Uri baseAddress) => AsAsync(baseAddress, AdministratorUser, AdministratorPassword);

    /// <summary>
    /// The field responder <paramref name="staffId"/>: an account <c>staff.{staffId}</c> with a
    /// password derived from the id (so concurrent callers agree on it), created by the administrator.
    /// </summary>
    public static async Task<(string UserName, string Password)> EnsureStaffAccountAsync(Uri baseAddress, string staffId, string role = "FieldStaff")
    {
        var userName = $"staff.{staffId}";
        var password = $"test-password-{staffId}";
        using var admin = await AsAdministratorAsync(baseAddress);
        var response = await admin.PutAsJsonAsync($"/api/admin/accounts/{userName}",
            new { displayName = $"Test {staffId}", role, tenants = AllTenants, staffId, password });
        response.EnsureSuccessStatusCode();
        return (userName, password);
    }

    /// <summary>An HTTP client signed in as the field responder <paramref name="staffId"/>.</summary>
    public static async Task<HttpClient> AsStaffAsync(Uri baseAddress, string staffId)
    {
        var (userName, password) = await EnsureStaffAccountAsync(baseAddress, staffId);
        return await AsAsync(baseAddress, userName, password);
    }

    /// <summary>The cookies of a client made by this class, for a SignalR connection as the same user.</summary>
    internal static async Task<CookieContainer> CookiesForAsync(Uri baseAddress, string userName, string password)
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = baseAddress };
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Login as {userName} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return cookies;
    }
}
