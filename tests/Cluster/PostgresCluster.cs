using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;
using ResponseCentre.Grains;
using ResponseCentre.Testing;

namespace ResponseCentre.Cluster.Tests;

/// <summary>
/// Orleans test clusters whose membership, grain state and reminders all live in one PostgreSQL
/// database, through Orleans' own ADO.NET providers and the schema in deploy/postgres. The client
/// finds its gateways in the same membership table.
/// </summary>
internal static class PostgresCluster
{
    public const string Invariant = "Npgsql";

    /// <summary>Grain state and reminders are keyed by service id: every cluster started on one database shares it.</summary>
    public const string ServiceId = "responsecentre-cluster-tests";

    public const string ClusterId = "responsecentre-cluster";

    private const string ConnectionStringKey = "ResponseCentre:Tests:Postgres";

    /// <summary>Starts <paramref name="silos"/> silos (and a client) on <paramref name="database"/>.</summary>
    public static async Task<TestCluster> StartAsync(PostgresDatabase database, short silos = 1, Action<TestClusterBuilder>? configure = null)
    {
        var builder = new TestClusterBuilder(silos);
        // Orleans' own test membership would bypass the table under test.
        builder.Options.UseTestClusterMembership = false;
        builder.Options.ClusterId = ClusterId;
        builder.Options.ServiceId = ServiceId;
        builder.Properties[ConnectionStringKey] = database.ConnectionString;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        configure?.Invoke(builder);

        var cluster = builder.Build();
        try
        {
            await cluster.DeployAsync();
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    /// <summary>A service the silo resolved from its container (in-process silos only).</summary>
    public static T Service<T>(this SiloHandle silo) where T : notnull =>
        ((InProcessSiloHandle)silo).SiloHost.Services.GetRequiredService<T>();

    /// <summary>Runs one scalar query against the database the cluster uses.</summary>
    public static async Task<T> QueryAsync<T>(this PostgresDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static void UseDatabase(AdoNetGrainStorageOptions storage, string connectionString)
    {
        storage.Invariant = Invariant;
        storage.ConnectionString = connectionString;
    }

    /// <summary>Adds one more ADO.NET grain storage provider on the cluster's database, with Orleans' binary serializer.</summary>
    public static ISiloBuilder AddPostgresGrainStorage(this ISiloBuilder silo, string name, Action<AdoNetGrainStorageOptions>? configure = null)
    {
        var connectionString = silo.Configuration[ConnectionStringKey]!;
        silo.AddAdoNetGrainStorage(name, storage =>
        {
            UseDatabase(storage, connectionString);
            configure?.Invoke(storage);
        });
        // The state types carry Orleans' binary serializer contract (as in AddResponseCentreMemoryStorage).
        silo.Services.AddOptions<AdoNetGrainStorageOptions>(name)
            .Configure<Serializer>((storage, serializer) => storage.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
        return silo;
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var connectionString = siloBuilder.Configuration[ConnectionStringKey]!;
            siloBuilder.AddResponseCentreGrains()
                .UseAdoNetClustering(clustering =>
                {
                    clustering.Invariant = Invariant;
                    clustering.ConnectionString = connectionString;
                })
                .AddPostgresGrainStorage(StorageNames.Default)
                .UseAdoNetReminderService(reminders =>
                {
                    reminders.Invariant = Invariant;
                    reminders.ConnectionString = connectionString;
                });
        }
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.UseAdoNetClustering(clustering =>
            {
                clustering.Invariant = Invariant;
                clustering.ConnectionString = configuration[ConnectionStringKey]!;
            });
    }
}
