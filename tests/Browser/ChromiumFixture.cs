using System.Text.RegularExpressions;
using ResponseCentre.Testing;
using Xunit.Abstractions;

namespace ResponseCentre.Browser.Tests;

/// <summary>Where a page is looked at: the operator's desk screen or a field responder's phone.</summary>
public enum Screen
{
    Desk,
    Phone,
}

/// <summary>
/// Debian's headless Chromium driven by Playwright, one browser per test class. Every signed-in
/// user gets a browser context of their own, so their cookies never mix.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>How long any wait for the page (a row, a navigation, an attribute) may take.</summary>
    public const float Patience = 15_000;

    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing; tests/run.sh installs Debian's chromium package");
        }

        SetDefaultExpectTimeout(Patience);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>A fresh, signed-out browser context on <paramref name="app"/>, its page showing nothing yet.</summary>
    public async Task<UserSession> OpenAsync(ResponseCentreApp app, Screen screen, ITestOutputHelper output)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = screen == Screen.Phone ? new() { Width = 390, Height = 844 } : new() { Width = 1280, Height = 800 },
            IsMobile = screen == Screen.Phone,
            HasTouch = screen == Screen.Phone,
        });
        context.SetDefaultTimeout(Patience);
        context.SetDefaultNavigationTimeout(Patience);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                Log(output, $"[{screen} console {message.Type}] {message.Text}");
            }
        };
        page.PageError += (_, error) => Log(output, $"[{screen} page error] {error}");
        return new UserSession(context, page);
    }

    /// <summary>Signs <paramref name="account"/> in through login.html and waits for the page the role lands on.</summary>
    public async Task<UserSession> SignInAsync(ResponseCentreApp app, Account account, Screen screen, ITestOutputHelper output)
    {
        var session = await OpenAsync(app, screen, output);
        var page = session.Page;
        await page.GotoAsync("/login.html");
        await page.GetByTestId("login-user").FillAsync(account.UserName);
        await page.GetByTestId("login-password").FillAsync(account.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await page.WaitForURLAsync(new Regex($"/{Regex.Escape(account.LandingPage)}([?#].*)?$"), new() { Timeout = Patience });
        await Expect(page.GetByTestId("user-name")).ToBeVisibleAsync();
        return session;
    }

    // Playwright raises page events on its own thread, possibly after the test has ended.
    private static void Log(ITestOutputHelper output, string line)
    {
        try
        {
            output.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
        }
    }
}
