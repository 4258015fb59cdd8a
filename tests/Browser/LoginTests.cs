using System.Text.RegularExpressions;
using ResponseCentre.Testing;
using Xunit.Abstractions;

namespace ResponseCentre.Browser.Tests;

[Collection(SharedApp.Name)]
public sealed class LoginTests(ResponseCentreApp app, ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Wrong_password_shows_the_login_error_and_stays_on_the_login_page()
    {
        await using var visitor = await chromium.OpenAsync(app, Screen.Desk, output);
        var page = visitor.Page;
        await page.GotoAsync("/login.html");
        await page.GetByTestId("login-user").FillAsync("operator");
        await page.GetByTestId("login-password").FillAsync("not-the-password");
        await page.GetByTestId("login-submit").ClickAsync();

        await Expect(page.GetByTestId("login-error")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("login-error")).Not.ToBeEmptyAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/login\\.html"));
        await Screenshots.SaveAsync(page, "login-error");
    }

    [Fact]
    public async Task Operator_login_lands_on_the_dashboard_showing_who_is_signed_in()
    {
        await using var visitor = await chromium.OpenAsync(app, Screen.Desk, output);
        await visitor.Page.GotoAsync("/login.html");
        await Expect(visitor.Page.GetByTestId("login-submit")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(visitor.Page, "login");

        await using var operatorSession = await chromium.SignInAsync(app, Account.Operator, Screen.Desk, output);

        await Expect(operatorSession.Page.GetByTestId("user-name")).ToContainTextAsync(new Regex("Olga Operator|operator"));
        await Expect(operatorSession.Page.GetByTestId("queue")).ToBeVisibleAsync();
    }
}
