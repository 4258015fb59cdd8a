using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using ResponseCentre.Storage.Sqlite;

namespace ResponseCentre.Storage;

public static class SqliteSiloBuilderExtensions
{
    /// <summary>
    /// Grain state (as storage provider <paramref name="storageName"/>) and reminders in one SQLite
    /// file at <paramref name="dataSource"/>: the embedded default, durable across restarts.
    /// State is written with Orleans' binary serializer, the contract the state types carry.
    /// Writes of <paramref name="deferrableStates"/> (what every sensor reading writes) are committed
    /// after all others, so alarms do not wait behind readings.
    /// </summary>
    public static ISiloBuilder AddResponseCentreSqliteStorage(
        this ISiloBuilder silo, string storageName, string dataSource, IEnumerable<string>? deferrableStates = null)
    {
        var deferrable = (deferrableStates ?? []).ToHashSet(StringComparer.Ordinal);
        silo.Services.AddSingleton(_ => new SqliteDatabase(dataSource));
        silo.Services.AddKeyedSingleton<IGrainStorage>(storageName, (services, _) => new SqliteGrainStorage(
            services.GetRequiredService<SqliteDatabase>(),
            new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>()),
            deferrable));
        silo.AddReminders();
        silo.Services.AddSingleton<IReminderTable, SqliteReminderTable>();
        return silo;
    }
}
