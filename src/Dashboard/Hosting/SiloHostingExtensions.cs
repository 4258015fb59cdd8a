using System.ComponentModel.DataAnnotations;
using System.Net;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;
using ResponseCentre.Grains;
using ResponseCentre.Grains.Devices;
using ResponseCentre.Grains.Incidents;
using ResponseCentre.Grains.Sensors;
using ResponseCentre.Storage;

namespace ResponseCentre.Dashboard.Hosting;

public static class SiloHostingExtensions
{
    /// <summary>
    /// Co-hosts an Orleans silo: alone with its state in SQLite (the embedded default) or as one silo
    /// of a cluster on a shared database (<c>Orleans:Mode = AdoNet</c>).
    /// </summary>
    public static WebApplicationBuilder AddResponseCentreSilo(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(SiloOptions.Section).Get<SiloOptions>() ?? new SiloOptions();
        Validate(options);

        builder.UseOrleans(silo =>
        {
            silo.AddResponseCentreGrains();
            if (options.Mode == SiloMode.AdoNet)
            {
                AddAdoNetCluster(silo, options);
            }
            else
            {
                silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort)
                    .AddResponseCentreSqliteStorage(StorageNames.Default, options.DataSource, StorageNames.DeferrableStates);
            }

            if (options.Kubernetes)
            {
                silo.UseKubernetesHosting();
            }

            // Failure detection is tunable (Orleans:Membership:ProbeTimeout, NumMissedProbesLimit, ...):
            // how fast a dead silo's residents move is a trade against false suspicions on a busy network.
            silo.Services.Configure<ClusterMembershipOptions>(builder.Configuration.GetSection($"{SiloOptions.Section}:Membership"));
        });
        builder.Services.AddOptions<IncidentOptions>().Bind(builder.Configuration.GetSection(IncidentOptions.Section));
        builder.Services.AddOptions<SensorRuleOptions>().Bind(builder.Configuration.GetSection(SensorRuleOptions.Section));
        builder.Services.AddOptions<DeviceSupervisionOptions>().Bind(builder.Configuration.GetSection(DeviceSupervisionOptions.Section));
        return builder;
    }

    private static void Validate(SiloOptions options)
    {
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        Validator.ValidateObject(options.AdoNet, new ValidationContext(options.AdoNet), validateAllProperties: true);
        if (options.Mode == SiloMode.AdoNet && string.IsNullOrWhiteSpace(options.AdoNet.ConnectionString))
        {
            throw new ValidationException("Orleans:AdoNet:ConnectionString is required when Orleans:Mode is AdoNet");
        }

        if (options.AdvertisedIPAddress is { } address && !IPAddress.TryParse(address, out _))
        {
            throw new ValidationException($"Orleans:AdvertisedIPAddress must be an IP address (was '{address}')");
        }
    }

    private static void AddAdoNetCluster(ISiloBuilder silo, SiloOptions options)
    {
        var invariant = options.AdoNet.Invariant;
        var connectionString = options.AdoNet.ConnectionString;
        silo.Configure<ClusterOptions>(cluster =>
        {
            cluster.ClusterId = options.ClusterId;
            cluster.ServiceId = options.ServiceId;
        });
        if (options.AdvertisedIPAddress is { } address)
        {
            silo.ConfigureEndpoints(IPAddress.Parse(address), options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
        }
        else
        {
            silo.ConfigureEndpoints(options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
        }

        silo.UseAdoNetClustering(o =>
            {
                o.Invariant = invariant;
                o.ConnectionString = connectionString;
            })
            .AddAdoNetGrainStorage(StorageNames.Default, o =>
            {
                o.Invariant = invariant;
                o.ConnectionString = connectionString;
            })
            .UseAdoNetReminderService(o =>
            {
                o.Invariant = invariant;
                o.ConnectionString = connectionString;
            });

        // The state types carry Orleans' binary serializer contract (see AddResponseCentreMemoryStorage).
        silo.Services.AddOptions<AdoNetGrainStorageOptions>(StorageNames.Default)
            .Configure<Serializer>((storage, serializer) => storage.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
    }
}
