using ResponseCentre.Testing;
using Xunit.Abstractions;

namespace ResponseCentre.Browser.Tests;

[Collection(SharedApp.Name)]
public sealed class OperatorTabsTests(ResponseCentreApp app, ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Kpis_tab_draws_its_charts()
    {
        await using var operatorSession = await chromium.SignInAsync(app, Account.Operator, Screen.Desk, output);
        var page = operatorSession.Page;

        await page.GetByTestId("tab-kpis").ClickAsync();

        await Expect(page.GetByTestId("kpi-chart").First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "kpis");
    }

    [Fact]
    public async Task Residents_tab_finds_a_resident_by_name()
    {
        var resident = new SimResident(42);
        await using var operatorSession = await chromium.SignInAsync(app, Account.Operator, Screen.Desk, output);
        var page = operatorSession.Page;

        await page.GetByTestId("tab-residents").ClickAsync();
        await page.GetByTestId("resident-search").FillAsync(resident.Name);
        await page.GetByTestId("resident-search").PressAsync("Enter");

        await Expect(page.Locator($"[data-testid=resident-row][data-resident={resident.Id}]")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "residents");
    }
}
