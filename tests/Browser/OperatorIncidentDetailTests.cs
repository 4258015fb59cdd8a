using ResponseCentre.Testing;
using Xunit.Abstractions;

namespace ResponseCentre.Browser.Tests;

[Collection(SharedApp.Name)]
public sealed class OperatorIncidentDetailTests(ResponseCentreApp app, ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Clicking_a_queue_row_shows_the_incident_with_the_resident_card_and_its_timeline()
    {
        var resident = SimResident.Next();
        await using var operatorSession = await chromium.SignInAsync(app, Account.Operator, Screen.Desk, output);
        var page = operatorSession.Page;
        await Expect(page.GetByTestId("connection-state")).ToContainTextAsync("Online");
        await MosquittoPub.PublishAlarmAsync(app, resident);

        await page.Locator($"[data-testid=queue-row][data-resident={resident.Id}]").ClickAsync();

        var detail = page.GetByTestId("incident-detail");
        await Expect(detail).ToBeVisibleAsync();
        await Expect(detail.GetByTestId("resident-card").GetByTestId("card-name")).ToContainTextAsync(resident.Name);
        await Expect(page.GetByTestId("timeline")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("timeline").GetByTestId("timeline-entry").First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "incident-detail");
    }
}
