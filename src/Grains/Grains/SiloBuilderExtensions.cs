using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;
using ResponseCentre.Grains.Incidents;

namespace ResponseCentre.Grains;

public static class SiloBuilderExtensions
{
    /// <summary>The services the grains depend on, whatever stores their state.</summary>
    public static ISiloBuilder AddResponseCentreGrains(this ISiloBuilder silo)
    {
        silo.Services.AddMetrics();
        silo.Services.AddSingleton<EscalationMetrics>();
        return silo;
    }

    /// <summary>
    /// Grain state and reminders in the silo's memory, for test clusters that need no durability
    /// (the embedded default keeps them in SQLite: ResponseCentre.Storage). State is stored with Orleans' own binary serializer: the state
    /// types already carry its [GenerateSerializer]/[Id] contract, and it is several times faster
    /// than the JSON default (which also cannot round-trip some of them).
    /// </summary>
    public static ISiloBuilder AddResponseCentreMemoryStorage(this ISiloBuilder silo)
    {
        silo.AddMemoryGrainStorage(StorageNames.Default).UseInMemoryReminderService();
        silo.Services.AddOptions<MemoryGrainStorageOptions>(StorageNames.Default)
            .Configure<Serializer>((storage, serializer) => storage.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
        return silo;
    }
}
