using ResponseCentre.Testing;
using Xunit.Abstractions;

namespace ResponseCentre.Browser.Tests;

[Collection(SharedApp.Name)]
public sealed class StaffCardAccessTests(ResponseCentreApp app, ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    // Kari Nordmann in tenant oslo: nurse1 works in demo and was never dispatched to her.
    private const string NotDispatchedResident = "oslo-r-0001";

    [Fact]
    public async Task Nurse_cannot_read_the_card_of_a_resident_they_were_not_dispatched_to()
    {
        await using var nurse = await chromium.SignInAsync(app, Account.Nurse1, Screen.Phone, output);

        var response = await nurse.Api.GetAsync($"/api/residents/{NotDispatchedResident}/card");
        Assert.Equal(403, response.Status);

        // A fresh page, as when a link to the card is opened: the page loads with the hash route.
        var page = await nurse.Context.NewPageAsync();
        await page.GotoAsync($"/staff.html#card={NotDispatchedResident}");
        await Expect(page.GetByTestId("card-error")).ToBeVisibleAsync();
        await Expect(page.GetByText("Kari Nordmann")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Nurse_cannot_read_the_audit_trail()
    {
        await using var nurse = await chromium.SignInAsync(app, Account.Nurse1, Screen.Phone, output);

        var response = await nurse.Api.GetAsync("/api/admin/audit");

        Assert.Equal(403, response.Status);
    }
}
