using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;

namespace ResponseCentre.Grains.Tests;

[Collection(TestSilo.Name)]
public sealed class IncidentFeedGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Every_one_of_many_concurrent_publishes_is_stored_in_the_open_queue()
    {
        var now = new DateTimeOffset(2026, 11, 22, 21, 0, 0, TimeSpan.Zero);
        var views = Enumerable.Range(0, 300).Select(n => new IncidentView(
            new IncidentId($"burst-{n}"), new ResidentId($"r-burst-{n}"), new TenantId("oslo"), IncidentKind.AssistanceCall,
            IncidentPriority.Assistance, IncidentStatus.Raised, new DeviceId($"d-burst-{n}"), now, now.AddMilliseconds(n))).ToList();

        await Task.WhenAll(views.Select(view => fixture.Grains.GetIncidentFeed().PublishAsync(view)));
        // Reload the feed from storage, so only what was written survives.
        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        var open = await fixture.Grains.GetIncidentFeed().GetOpenIncidentsAsync();
        Assert.Equal(views.Select(v => v.Id), open.Where(i => i.Id.Value.StartsWith("burst-", StringComparison.Ordinal)).Select(i => i.Id));
    }

    [Fact]
    public async Task Publishing_an_incident_again_updates_it_instead_of_listing_it_twice()
    {
        var now = new DateTimeOffset(2026, 11, 22, 21, 0, 0, TimeSpan.Zero);
        var view = new IncidentView(new IncidentId("again-1"), new ResidentId("r-again"), new TenantId("oslo"), IncidentKind.Fall,
            IncidentPriority.LifeThreatening, IncidentStatus.Raised, new DeviceId("d-again"), now, now);

        await fixture.Grains.GetIncidentFeed().PublishAsync(view);
        await fixture.Grains.GetIncidentFeed().PublishAsync(view);

        Assert.Single(await fixture.Grains.GetIncidentFeed().GetOpenIncidentsAsync(), i => i.Id == view.Id);
    }
}
