using System.Text.RegularExpressions;
using ResponseCentre.Testing;
using Xunit.Abstractions;

namespace ResponseCentre.Browser.Tests;

[Collection(SharedApp.Name)]
public sealed class OperatorQueueTests(ResponseCentreApp app, ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Alarm_published_with_mosquitto_pub_appears_in_the_open_operator_queue_without_reload()
    {
        var resident = SimResident.Next();
        await using var operatorSession = await chromium.SignInAsync(app, Account.Operator, Screen.Desk, output);
        var page = operatorSession.Page;
        await Expect(page.GetByTestId("connection-state")).ToContainTextAsync("Online");

        await MosquittoPub.PublishAlarmAsync(app, resident, "fall");

        var row = page.Locator($"[data-testid=queue-row][data-resident={resident.Id}]");
        await Expect(row).ToBeVisibleAsync();
        await Expect(row).ToHaveAttributeAsync("data-incident-id", new Regex(".+"));
        await Expect(row.GetByTestId("row-kind")).ToContainTextAsync("Fall");
        await Expect(row.GetByTestId("row-status")).Not.ToBeEmptyAsync();
        await Screenshots.SaveAsync(page, "operator-queue");
    }
}
