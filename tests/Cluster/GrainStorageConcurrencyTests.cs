using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;
using ResponseCentre.Grains;
using ResponseCentre.Testing;

namespace ResponseCentre.Cluster.Tests;

/// <summary>
/// The ETag check the grain storage relies on is done by the database: a write or clear made from
/// a version that is no longer the stored one is refused, whoever made it.
/// </summary>
public sealed class GrainStorageConcurrencyTests
{
    private const string NoteType = "ResponseCentre.Cluster.Tests.Note";
    private const string DeletingStorage = "deletes-on-clear";

    /// <summary>The three shapes a grain key is stored in: a string, a Guid and a long (both without a string part).</summary>
    private static readonly GrainId[] Keys =
    [
        GrainId.Create("rc-note", "kari"),
        GrainId.Create(GrainType.Create("rc-note"), GrainIdKeyExtensions.CreateGuidKey(Guid.NewGuid())),
        GrainId.Create(GrainType.Create("rc-note"), GrainIdKeyExtensions.CreateIntegerKey(42)),
    ];

    [Fact]
    public async Task Writes_and_clears_from_a_stale_etag_are_refused()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var cluster = await PostgresCluster.StartAsync(database);
        var storage = Storage(cluster, StorageNames.Default);

        foreach (var key in Keys)
        {
            var mine = new GrainState<List<string>>(["first"]);
            await storage.WriteStateAsync(NoteType, key, mine);
            Assert.True(mine.RecordExists);

            // Someone who never read the state cannot create it a second time.
            var blind = new GrainState<List<string>>(["blind"]);
            await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(NoteType, key, blind));

            var stale = await ReadAsync(storage, key);
            Assert.Equal(["first"], stale.State);
            Assert.Equal(mine.ETag, stale.ETag);

            mine.State = ["second"];
            await storage.WriteStateAsync(NoteType, key, mine);
            Assert.NotEqual(stale.ETag, mine.ETag);

            stale.State = ["lost update"];
            await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(NoteType, key, stale));
            await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync(NoteType, key, stale));
            Assert.Equal(["second"], (await ReadAsync(storage, key)).State);

            // Clearing keeps a version, so the next write is still guarded by it.
            await storage.ClearStateAsync(NoteType, key, mine);
            var cleared = await ReadAsync(storage, key);
            Assert.False(cleared.RecordExists);
            Assert.NotNull(cleared.State);
            Assert.Empty(cleared.State);
            Assert.Equal(mine.ETag, cleared.ETag);
            await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(NoteType, key, stale));
            cleared.State = ["third"];
            await storage.WriteStateAsync(NoteType, key, cleared);
            Assert.Equal(["third"], (await ReadAsync(storage, key)).State);
        }

        // One row per key: the key shapes did not collide, nor did a refused write add a row.
        Assert.Equal(Keys.Length, await database.QueryAsync<long>("SELECT count(*) FROM rc_orleans_grain_state"));
    }

    [Fact]
    public async Task With_delete_on_clear_a_cleared_state_is_gone_and_can_be_created_again()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var cluster = await PostgresCluster.StartAsync(database,
            configure: builder => builder.AddSiloBuilderConfigurator<DeletingStorageConfigurator>());
        var storage = Storage(cluster, DeletingStorage);
        var key = Keys[1];

        var mine = new GrainState<List<string>>(["first"]);
        await storage.WriteStateAsync(NoteType, key, mine);
        var stale = await ReadAsync(storage, key);
        mine.State = ["second"];
        await storage.WriteStateAsync(NoteType, key, mine);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync(NoteType, key, stale));
        await storage.ClearStateAsync(NoteType, key, mine);
        Assert.Null(mine.ETag);
        Assert.Equal(0, await database.QueryAsync<long>("SELECT count(*) FROM rc_orleans_grain_state"));

        var reread = await ReadAsync(storage, key);
        Assert.Null(reread.ETag);
        mine.State = ["again"];
        await storage.WriteStateAsync(NoteType, key, mine);
        Assert.Equal(["again"], (await ReadAsync(storage, key)).State);
    }

    private static IGrainStorage Storage(TestCluster cluster, string name) =>
        ((InProcessSiloHandle)cluster.Silos[0]).SiloHost.Services.GetRequiredKeyedService<IGrainStorage>(name);

    private static async Task<GrainState<List<string>>> ReadAsync(IGrainStorage storage, GrainId key)
    {
        var state = new GrainState<List<string>>();
        await storage.ReadStateAsync(NoteType, key, state);
        return state;
    }

    private sealed class DeletingStorageConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) =>
            siloBuilder.AddPostgresGrainStorage(DeletingStorage, storage => storage.DeleteStateOnClear = true);
    }
}
