using System.Text.Json;
using ResponseCentre.Testing;
using Xunit.Abstractions;

namespace ResponseCentre.Browser.Tests;

[Collection(SharedApp.Name)]
public sealed class AuditTrailTests(ResponseCentreApp app, ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Admin_sees_the_nurses_card_read_in_the_audit_table_and_the_audit_api()
    {
        var resident = SimResident.Next();
        await using var admin = await chromium.SignInAsync(app, Account.Admin, Screen.Desk, output);
        await using var nurse = await chromium.SignInAsync(app, Account.Nurse1, Screen.Phone, output);
        await Expect(admin.Page.GetByTestId("connection-state")).ToContainTextAsync("Online");
        await Expect(nurse.Page.GetByTestId("connection-state")).ToContainTextAsync("Online");
        await MosquittoPub.PublishAlarmAsync(app, resident);
        var queueRow = admin.Page.Locator($"[data-testid=queue-row][data-resident={resident.Id}]");
        await Expect(queueRow).ToBeVisibleAsync();
        var incidentId = await queueRow.GetAttributeAsync("data-incident-id");

        // The nurse opens the alert, which shows (and so reads) the resident's card.
        await nurse.Page.Locator($"[data-testid=alert-row][data-incident-id='{incidentId}']").ClickAsync();
        await Expect(nurse.Page.GetByTestId("resident-card").GetByTestId("card-name")).ToContainTextAsync(resident.Name);

        await admin.Page.GetByTestId("tab-admin").ClickAsync();
        var auditRow = admin.Page.GetByTestId("audit-row").Filter(new() { HasText = "nurse1" }).Filter(new() { HasText = resident.Id });
        await Expect(auditRow.First).ToBeVisibleAsync();
        await auditRow.First.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(admin.Page, "admin-audit");

        await admin.Page.GetByTestId("audit-verify").ClickAsync();
        await Expect(admin.Page.GetByTestId("audit-verdict")).ToContainTextAsync("Intact");

        var response = await admin.Api.GetAsync("/api/admin/audit?user=nurse1");
        Assert.Equal(200, response.Status);
        using var rows = JsonDocument.Parse(await response.TextAsync());
        Assert.Contains(rows.RootElement.EnumerateArray(), row =>
            row.GetProperty("user").GetString() == "nurse1"
            && row.GetProperty("action").GetString() == "ReadResidentCard"
            && row.GetProperty("resident").GetString() == resident.Id);
    }
}
