using ResponseCentre.Testing;
using Xunit.Abstractions;

namespace ResponseCentre.Browser.Tests;

[Collection(SharedApp.Name)]
public sealed class StaffAcceptTests(ResponseCentreApp app, ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Nurse_accepting_on_the_phone_page_turns_the_operator_row_accepted_without_reload()
    {
        var resident = SimResident.Next();
        await using var operatorSession = await chromium.SignInAsync(app, Account.Operator, Screen.Desk, output);
        await using var nurse = await chromium.SignInAsync(app, Account.Nurse1, Screen.Phone, output);
        await Expect(operatorSession.Page.GetByTestId("connection-state")).ToContainTextAsync("Online");
        await Expect(nurse.Page.GetByTestId("connection-state")).ToContainTextAsync("Online");

        await MosquittoPub.PublishAlarmAsync(app, resident);

        var operatorRow = operatorSession.Page.Locator($"[data-testid=queue-row][data-resident={resident.Id}]");
        await Expect(operatorRow).ToBeVisibleAsync();
        var incidentId = await operatorRow.GetAttributeAsync("data-incident-id");
        Assert.False(string.IsNullOrEmpty(incidentId), "the queue row has no data-incident-id");

        var alert = nurse.Page.Locator($"[data-testid=alert-row][data-incident-id='{incidentId}']");
        await Expect(alert).ToBeVisibleAsync();
        await Screenshots.SaveAsync(nurse.Page, "staff-alerts");

        await alert.ClickAsync();
        var detail = nurse.Page.GetByTestId("alert-detail");
        await Expect(detail).ToBeVisibleAsync();
        await Expect(detail.GetByTestId("resident-card").GetByTestId("card-name")).ToContainTextAsync(resident.Name);
        await Screenshots.SaveAsync(nurse.Page, "staff-alert-detail");

        await detail.GetByTestId("action-accept").ClickAsync();

        await Expect(operatorRow).ToHaveAttributeAsync("data-status", "Accepted");
    }
}
