using Orleans.Storage;

namespace ResponseCentre.Storage.Sqlite;

/// <summary>
/// Grain state in SQLite, one row per grain and state name, with optimistic concurrency: a write
/// must carry the ETag of the row it replaces, and a stale one is refused with
/// <see cref="InconsistentStateException"/> rather than overwriting a newer state. States named in
/// <paramref name="deferrableStates"/> are written in the group commit's deferrable lane.
/// </summary>
public sealed class SqliteGrainStorage(SqliteDatabase database, IGrainStorageSerializer serializer, IReadOnlySet<string> deferrableStates) : IGrainStorage
{
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload, etag FROM grain_state WHERE state_name = $state AND grain_id = $grain";
        command.Parameters.AddWithValue("$state", stateName);
        command.Parameters.AddWithValue("$grain", grainId.ToString());
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        grainState.State = serializer.Deserialize<T>(BinaryData.FromBytes((byte[])reader["payload"]));
        grainState.ETag = reader.GetString(1);
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var newETag = Guid.NewGuid().ToString("N");
        var changed = await database.WriteAsync(
            deferrableStates.Contains(stateName) ? WriteLane.Deferrable : WriteLane.Urgent,
            grainState.ETag is null
                ? "INSERT INTO grain_state (state_name, grain_id, payload, etag) VALUES ($state, $grain, $payload, $etag) ON CONFLICT DO NOTHING"
                : "UPDATE grain_state SET payload = $payload, etag = $etag WHERE state_name = $state AND grain_id = $grain AND etag = $expected",
            ("$state", stateName), ("$grain", grainId.ToString()), ("$payload", serializer.Serialize(grainState.State).ToArray()),
            ("$etag", newETag), ("$expected", grainState.ETag));
        if (changed != 1)
        {
            throw new InconsistentStateException(
                $"State '{stateName}' of {grainId} was changed by someone else since it was read.", "(stored)", grainState.ETag ?? "(none)");
        }

        grainState.ETag = newETag;
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (grainState.ETag is not null && await database.WriteAsync(
                "DELETE FROM grain_state WHERE state_name = $state AND grain_id = $grain AND etag = $expected",
                ("$state", stateName), ("$grain", grainId.ToString()), ("$expected", grainState.ETag)) != 1)
        {
            throw new InconsistentStateException($"State '{stateName}' of {grainId} was changed by someone else since it was read.");
        }

        grainState.State = Activator.CreateInstance<T>();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }
}
