using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Feed;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Feed;

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

    [Fact]
    public async Task Each_open_incident_is_stored_in_its_own_part_of_the_queue_only()
    {
        var views = Enumerable.Range(0, 40).Select(n => View($"part-{n}")).ToList();

        await Task.WhenAll(views.Select(view => fixture.Grains.GetIncidentFeed().PublishAsync(view)));

        var parts = await Task.WhenAll(Enumerable.Range(0, IncidentFeedShard.Count).Select(part => ReadAsync<IncidentFeedShard>(IncidentFeedShard.StateName(part))));
        foreach (var view in views)
        {
            var holding = Enumerable.Range(0, IncidentFeedShard.Count).Where(part => parts[part]?.Open.ContainsKey(view.Id.Value) == true).ToList();
            Assert.Equal([IncidentFeedShard.Of(view.Id)], holding);
        }

        Assert.True(parts.Count(part => part?.Open.Keys.Any(id => id.StartsWith("part-", StringComparison.Ordinal)) == true) > 1,
            "40 incidents should spread over more than one part.");
        Assert.Null((await ReadAsync<IncidentFeedState>("feed"))?.LegacyOpen);
    }

    [Fact]
    public async Task A_queue_stored_whole_before_the_split_is_moved_into_its_parts_and_kept()
    {
        var legacy = new[] { View("legacy-1"), View("legacy-2") };
        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var stored = new GrainState<IncidentFeedState>(default!);
        await Storage.ReadStateAsync("feed", FeedId, stored);
        stored.State ??= new IncidentFeedState();
        stored.State.LegacyOpen = legacy.ToDictionary(v => v.Id.Value);
        await Storage.WriteStateAsync("feed", FeedId, stored);

        var open = await fixture.Grains.GetIncidentFeed().GetOpenIncidentsAsync();

        Assert.Equal(["legacy-1", "legacy-2"], open.Select(i => i.Id.Value).Where(id => id.StartsWith("legacy-", StringComparison.Ordinal)).Order());
        Assert.Null((await ReadAsync<IncidentFeedState>("feed"))?.LegacyOpen);
        Assert.True((await ReadAsync<IncidentFeedShard>(IncidentFeedShard.StateName(IncidentFeedShard.Of(legacy[0].Id))))?.Open.ContainsKey("legacy-1"));
    }

    [Fact]
    public async Task A_subscriber_of_a_silo_that_was_killed_and_restarted_is_dropped_with_one_line_not_warned_about_on_every_change()
    {
        var silo = fixture.Cluster.Primary!.SiloAddress;
        var killed = SiloAddress.New(silo.Endpoint, silo.Generation - 1);
        var dead = fixture.Grains.GetGrain<IIncidentFeedObserver>(GrainId.Create("sys.client", $"hosted-{killed.ToParsableString()}+{Guid.NewGuid():N}"));
        var live = new FeedRecorder();
        var liveReference = fixture.Grains.CreateObjectReference<IIncidentFeedObserver>(live);
        await fixture.Grains.GetIncidentFeed().SubscribeAsync(dead);
        await fixture.Grains.GetIncidentFeed().SubscribeAsync(liveReference);

        for (var n = 0; n < 30; n++)
        {
            await fixture.Grains.GetIncidentFeed().PublishAsync(View($"dead-observer-{n}"));
        }

        await live.WaitForAsync(i => i.Id.Value == "dead-observer-29");
        var deadId = dead.GetGrainId().Key.ToString()!;
        var about = ClusterFixture.Logs.Lines.Where(line => line.Message.Contains(deadId, StringComparison.Ordinal) || line.Exception?.Message.Contains(deadId, StringComparison.Ordinal) == true).ToList();
        var line = Assert.Single(about);
        Assert.Contains("Dropped the feed subscriber", line.Message, StringComparison.Ordinal);
        Assert.Null(line.Exception);
        Assert.DoesNotContain('\n', line.Message);
        await fixture.Grains.GetIncidentFeed().UnsubscribeAsync(liveReference);
    }

    [Fact]
    public async Task A_subscriber_hosted_in_a_live_silo_keeps_receiving_changes()
    {
        var siloGrains = (fixture.Cluster.Primary as InProcessSiloHandle)!.SiloHost!.Services.GetRequiredService<IGrainFactory>();
        var recorder = new FeedRecorder();
        var hosted = siloGrains.CreateObjectReference<IIncidentFeedObserver>(recorder);
        await fixture.Grains.GetIncidentFeed().SubscribeAsync(hosted);

        await fixture.Grains.GetIncidentFeed().PublishAsync(View("hosted-live-1"));
        await fixture.Grains.GetIncidentFeed().PublishAsync(View("hosted-live-2"));

        await recorder.WaitForAsync(i => i.Id.Value == "hosted-live-2");
        await fixture.Grains.GetIncidentFeed().UnsubscribeAsync(hosted);
    }

    private IGrainStorage Storage =>
        (fixture.Cluster.Primary as InProcessSiloHandle)!.SiloHost!.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Default);

    private GrainId FeedId => fixture.Grains.GetIncidentFeed().GetGrainId();

    private async Task<T?> ReadAsync<T>(string stateName)
    {
        var state = new GrainState<T>(default!);
        await Storage.ReadStateAsync(stateName, FeedId, state);
        return state.State;
    }

    private static IncidentView View(string id)
    {
        var now = new DateTimeOffset(2026, 11, 22, 21, 0, 0, TimeSpan.Zero);
        return new IncidentView(new IncidentId(id), new ResidentId($"r-{id}"), new TenantId("oslo"), IncidentKind.AssistanceCall,
            IncidentPriority.Assistance, IncidentStatus.Raised, new DeviceId($"d-{id}"), now, now);
    }
}
