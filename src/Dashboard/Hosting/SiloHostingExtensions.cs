using System.ComponentModel.DataAnnotations;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;
using ResponseCentre.Grains;

namespace ResponseCentre.Dashboard.Hosting;

public static class SiloHostingExtensions
{
    /// <summary>Co-hosts an Orleans silo with localhost clustering: the embedded, single-machine default.</summary>
    public static WebApplicationBuilder AddResponseCentreSilo(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(SiloOptions.Section).Get<SiloOptions>() ?? new SiloOptions();
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);

        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(options.SiloPort, options.GatewayPort)
            // In memory for now: state is lost on restart until the SQLite provider lands.
            .AddMemoryGrainStorage(StorageNames.Default));

        // Store state with Orleans' own binary serializer: the grain state types already carry its
        // [GenerateSerializer]/[Id] contract, and it is several times faster than the JSON default.
        builder.Services.AddOptions<MemoryGrainStorageOptions>(StorageNames.Default)
            .Configure<Serializer>((storage, serializer) => storage.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
        return builder;
    }
}
