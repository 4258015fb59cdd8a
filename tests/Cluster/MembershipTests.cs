using ResponseCentre.Testing;

namespace ResponseCentre.Cluster.Tests;

/// <summary>Silos find each other, and leave, through the membership table in PostgreSQL.</summary>
public sealed class MembershipTests
{
    private const string ActiveSilos = $"SELECT count(*) FROM rc_orleans_silo WHERE cluster_id = '{PostgresCluster.ClusterId}' AND status = 3";
    private const string DeadSilos = $"SELECT count(*) FROM rc_orleans_silo WHERE cluster_id = '{PostgresCluster.ClusterId}' AND status = 6";

    [Fact]
    public async Task Two_silos_form_one_cluster_on_the_membership_table()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var cluster = await PostgresCluster.StartAsync(database, silos: 2);

        var hosts = await cluster.Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);

        Assert.Equal(cluster.Silos.Select(s => s.SiloAddress).ToHashSet(), hosts.Keys.ToHashSet());
        Assert.All(hosts.Values, status => Assert.Equal(SiloStatus.Active, status));
        Assert.Equal(2, await database.QueryAsync<long>(ActiveSilos));
    }

    [Fact]
    public async Task A_silo_that_leaves_is_marked_dead_and_its_row_is_cleaned_up()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var cluster = await PostgresCluster.StartAsync(database, silos: 2);
        var staying = cluster.Silos[0];
        var leaving = cluster.Silos[1];

        // A graceful stop writes the silo's own status (Dead) before it returns.
        await cluster.StopSiloAsync(leaving);
        Assert.Equal(1, await database.QueryAsync<long>(ActiveSilos));
        Assert.Equal(1, await database.QueryAsync<long>(DeadSilos));

        var table = staying.Service<IMembershipTable>();
        await table.CleanupDefunctSiloEntriesAsync(DateTimeOffset.UtcNow.AddMinutes(1));

        Assert.Equal(0, await database.QueryAsync<long>(DeadSilos));
        var members = await table.ReadAllAsync();
        var (entry, _) = Assert.Single(members.Members);
        Assert.Equal((staying.SiloAddress, SiloStatus.Active), (entry.SiloAddress, entry.Status));
    }

    [Fact]
    public async Task Heartbeats_move_a_silos_alive_time_without_changing_the_table_version()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var cluster = await PostgresCluster.StartAsync(database);
        var silo = cluster.Silos[0];
        var table = silo.Service<IMembershipTable>();

        var before = await table.ReadRowAsync(silo.SiloAddress);
        var (entry, _) = Assert.Single(before.Members);
        var heartbeat = entry.IAmAliveTime.AddMinutes(1);
        entry.IAmAliveTime = heartbeat;
        await table.UpdateIAmAliveAsync(entry);

        var after = await table.ReadRowAsync(silo.SiloAddress);
        Assert.Equal(heartbeat, Assert.Single(after.Members).Item1.IAmAliveTime, TimeSpan.FromMilliseconds(1));
        Assert.Equal(before.Version.Version, after.Version.Version);
    }

    [Fact]
    public async Task Deleting_a_clusters_entries_leaves_other_clusters_alone()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var cluster = await PostgresCluster.StartAsync(database);
        var table = cluster.Silos[0].Service<IMembershipTable>();
        await database.QueryAsync<int>("""
            WITH retired AS (
                INSERT INTO rc_orleans_cluster_version (cluster_id, version, changed_at) VALUES ('retired', 7, now()) RETURNING cluster_id)
            INSERT INTO rc_orleans_silo (cluster_id, address, port, generation, silo_name, host_name, status, proxy_port, start_time, i_am_alive_time)
            SELECT cluster_id, '10.0.0.1', 11111, 1, 'old', 'old-host', 6, 0, now(), now() FROM retired
            RETURNING port
            """);

        await table.DeleteMembershipTableEntriesAsync("retired");

        Assert.Equal(0, await database.QueryAsync<long>("SELECT count(*) FROM rc_orleans_cluster_version WHERE cluster_id = 'retired'"));
        Assert.Equal(0, await database.QueryAsync<long>("SELECT count(*) FROM rc_orleans_silo WHERE cluster_id = 'retired'"));
        Assert.Single((await table.ReadAllAsync()).Members);
    }
}
