using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Statistics;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Tests.Statistics;

/// <summary>The stats grain on its own, fed closed incidents directly; each test has a tenant of its own.</summary>
[Collection(TestSilo.Name)]
public sealed class IncidentStatsGrainTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private IIncidentStatsGrain Stats(string tenant) => fixture.Grains.GetIncidentStats(new TenantId(tenant));

    private static ClosedIncident Closed(string id, DateTimeOffset closedAt, IncidentStatus status = IncidentStatus.Resolved) => new(
        new IncidentId(id),
        IncidentKind.Fall,
        new TeamId("stats-team"),
        "Frogner",
        closedAt.AddMinutes(-30),
        status == IncidentStatus.Resolved ? closedAt.AddMinutes(-28) : null,
        status == IncidentStatus.Resolved ? closedAt.AddMinutes(-15) : null,
        closedAt,
        status,
        status == IncidentStatus.Resolved ? IncidentOutcome.HelpGiven : null);

    private static IEnumerable<string> Ids(IEnumerable<ClosedIncident> closed) => closed.Select(c => c.Id.Value);

    [Fact]
    public async Task Tenant_without_closed_incidents_has_none()
    {
        Assert.Empty(await Stats("stats-none").GetClosedAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
    }

    [Fact]
    public async Task Recorded_incident_is_returned_as_recorded()
    {
        var closed = Closed("stats-as-recorded-1", Noon);

        await Stats("stats-as-recorded").RecordAsync(closed);

        Assert.Equal([closed], await Stats("stats-as-recorded").GetClosedAsync(Noon.AddDays(-1), Noon.AddDays(1)));
    }

    [Fact]
    public async Task Recording_the_same_incident_again_keeps_the_first_record()
    {
        var first = Closed("stats-repeat-1", Noon);

        await Stats("stats-repeat").RecordAsync(first);
        await Stats("stats-repeat").RecordAsync(first);
        await Stats("stats-repeat").RecordAsync(first with { ClosedAt = Noon.AddMinutes(5), Outcome = IncidentOutcome.FalseAlarm });

        Assert.Equal([first], await Stats("stats-repeat").GetClosedAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
    }

    [Fact]
    public async Task Concurrent_records_of_the_same_incident_keep_one()
    {
        var closed = Closed("stats-concurrent-1", Noon);

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Stats("stats-concurrent").RecordAsync(closed)));

        Assert.Single(await Stats("stats-concurrent").GetClosedAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
    }

    [Fact]
    public async Task Many_incidents_recorded_at_once_are_all_kept()
    {
        var closed = Enumerable.Range(0, 50).Select(i => Closed($"stats-burst-{i:D2}", Noon.AddMinutes(i))).ToList();

        await Task.WhenAll(closed.Select(c => Stats("stats-burst").RecordAsync(c)));

        Assert.Equal(Ids(closed), Ids(await Stats("stats-burst").GetClosedAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue)));
    }

    [Fact]
    public async Task Closed_incidents_come_oldest_first_whatever_the_order_they_were_recorded_in()
    {
        var stats = Stats("stats-order");
        await stats.RecordAsync(Closed("stats-order-late", Noon.AddHours(2)));
        await stats.RecordAsync(Closed("stats-order-early", Noon));
        await stats.RecordAsync(Closed("stats-order-middle", Noon.AddHours(1), IncidentStatus.Cancelled));

        Assert.Equal(
            ["stats-order-early", "stats-order-middle", "stats-order-late"],
            Ids(await stats.GetClosedAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue)));
    }

    [Fact]
    public async Task Range_includes_its_start_and_excludes_its_end()
    {
        var stats = Stats("stats-range");
        await stats.RecordAsync(Closed("stats-range-before", Noon.AddTicks(-1)));
        await stats.RecordAsync(Closed("stats-range-start", Noon));
        await stats.RecordAsync(Closed("stats-range-inside", Noon.AddMinutes(30)));
        await stats.RecordAsync(Closed("stats-range-end", Noon.AddHours(1)));

        Assert.Equal(["stats-range-start", "stats-range-inside"], Ids(await stats.GetClosedAsync(Noon, Noon.AddHours(1))));
        Assert.Equal(["stats-range-inside", "stats-range-end"], Ids(await stats.GetClosedAsync(Noon.AddTicks(1), Noon.AddHours(1).AddTicks(1))));
        Assert.Empty(await stats.GetClosedAsync(Noon, Noon));
        Assert.Empty(await stats.GetClosedAsync(Noon.AddHours(1), Noon));
    }

    [Fact]
    public async Task Range_compares_instants_not_clock_readings()
    {
        var stats = Stats("stats-offset");
        await stats.RecordAsync(Closed("stats-offset-1", Noon));

        var oslo = TimeSpan.FromHours(1);
        Assert.Single(await stats.GetClosedAsync(Noon.ToOffset(oslo), Noon.ToOffset(oslo).AddMinutes(1)));
        // 12:30 in Oslo reads later than noon UTC but is the instant 11:30 UTC, before the incident closed.
        Assert.Empty(await stats.GetClosedAsync(DateTimeOffset.MinValue, new DateTimeOffset(2026, 3, 2, 12, 30, 0, oslo)));
    }

    [Fact]
    public async Task Tenants_have_separate_stats()
    {
        await Stats("stats-tenant-a").RecordAsync(Closed("stats-tenant-a-1", Noon));

        Assert.Empty(await Stats("stats-tenant-b").GetClosedAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
    }

    [Fact]
    public async Task Closed_incidents_survive_deactivation()
    {
        var closed = Closed("stats-reload-1", Noon);
        await Stats("stats-reload").RecordAsync(closed);

        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        await Stats("stats-reload").RecordAsync(closed with { Outcome = IncidentOutcome.FalseAlarm });
        Assert.Equal([closed], await Stats("stats-reload").GetClosedAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
    }

    [Fact]
    public async Task Incident_without_a_team_or_district_is_recorded_as_such()
    {
        var closed = Closed("stats-nodevice-1", Noon) with { Team = null, District = "" };

        await Stats("stats-nodevice").RecordAsync(closed);

        var stored = Assert.Single(await Stats("stats-nodevice").GetClosedAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
        Assert.Null(stored.Team);
        Assert.Equal("", stored.District);
        Assert.Equal(closed, stored);
    }
}
