using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using ResponseCentre.Storage.Sqlite;

namespace ResponseCentre.Storage.Tests;

public sealed class SqliteGrainStorageTests : IDisposable
{
    private readonly TempDatabase _file = new();
    private readonly SqliteDatabase _database;
    private readonly SqliteGrainStorage _storage;

    public SqliteGrainStorageTests()
    {
        var serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();
        _database = new SqliteDatabase(_file.DataSource);
        _storage = new SqliteGrainStorage(_database, new OrleansGrainStorageSerializer(serializer), new HashSet<string> { "deferred" });
    }

    public void Dispose()
    {
        _database.Dispose();
        _file.Dispose();
    }

    private static GrainId Grain(string key) => GrainId.Create("resident", key);

    [Fact]
    public async Task Written_state_reads_back_with_its_etag()
    {
        var written = new GrainState<List<string>>(["kari", "ola"]);
        await _storage.WriteStateAsync("s", Grain("a"), written);

        var read = new GrainState<List<string>>();
        await _storage.ReadStateAsync("s", Grain("a"), read);

        Assert.Equal(["kari", "ola"], read.State);
        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
    }

    [Fact]
    public async Task A_deferrable_state_is_written_and_checked_like_any_other()
    {
        var written = new GrainState<List<string>>(["stove on"]);
        await _storage.WriteStateAsync("deferred", Grain("d"), written);
        var stale = new GrainState<List<string>>(["stale"]) { ETag = "not-the-stored-one" };

        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync("deferred", Grain("d"), stale));

        var read = new GrainState<List<string>>();
        await _storage.ReadStateAsync("deferred", Grain("d"), read);
        Assert.Equal(["stove on"], read.State);
        Assert.Equal(written.ETag, read.ETag);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_refused_and_the_newer_state_kept()
    {
        var mine = new GrainState<List<string>>(["first"]);
        await _storage.WriteStateAsync("s", Grain("b"), mine);
        var theirs = new GrainState<List<string>>(["second"]) { ETag = mine.ETag };
        await _storage.WriteStateAsync("s", Grain("b"), theirs);

        mine.State = ["stale"];
        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync("s", Grain("b"), mine));
        var read = new GrainState<List<string>>();
        await _storage.ReadStateAsync("s", Grain("b"), read);
        Assert.Equal(["second"], read.State);
    }

    [Fact]
    public async Task A_first_write_where_a_row_already_exists_is_refused()
    {
        await _storage.WriteStateAsync("s", Grain("c"), new GrainState<List<string>>(["one"]));

        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            _storage.WriteStateAsync("s", Grain("c"), new GrainState<List<string>>(["two"])));
    }

    [Fact]
    public async Task Cleared_state_is_gone()
    {
        var state = new GrainState<List<string>>(["x"]);
        await _storage.WriteStateAsync("s", Grain("d"), state);

        await _storage.ClearStateAsync("s", Grain("d"), state);

        var read = new GrainState<List<string>>();
        await _storage.ReadStateAsync("s", Grain("d"), read);
        Assert.False(read.RecordExists);
        Assert.Empty(read.State!);
    }

    [Fact]
    public async Task Concurrent_writes_of_many_grains_all_succeed()
    {
        await Task.WhenAll(Enumerable.Range(0, 50).Select(n =>
            _storage.WriteStateAsync("s", Grain($"many-{n}"), new GrainState<List<string>>([$"{n}"]))));

        var read = new GrainState<List<string>>();
        await _storage.ReadStateAsync("s", Grain("many-49"), read);
        Assert.Equal(["49"], read.State);
    }
}
