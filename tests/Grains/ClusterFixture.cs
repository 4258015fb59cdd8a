using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Orleans.Reminders;
using Orleans.TestingHost;

namespace ResponseCentre.Grains.Tests;

/// <summary>
/// A one-silo Orleans test cluster with in-memory storage and reminders, shared by the grain tests.
/// Grains, their timers and reminders run on <see cref="Time"/>, a fake clock the tests advance;
/// the silo's own maintenance loops stay on real time.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    /// <summary>The grains' clock. Static because the silo is built from a configurator type, in this process.</summary>
    public static FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    /// <summary>What the silo logs. Static like <see cref="Time"/>.</summary>
    public static SiloLog Logs { get; } = new();

    public TestCluster Cluster { get; } = new TestClusterBuilder(1).AddSiloBuilderConfigurator<SiloConfigurator>().Build();

    public IGrainFactory Grains => Cluster.Client;

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddResponseCentreGrains().AddResponseCentreMemoryStorage();
            siloBuilder.Services.AddSingleton<TimeProvider>(Time);
            siloBuilder.Services.AddLogging(logging => logging.AddProvider(Logs));
            siloBuilder.Services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
            siloBuilder.Services.AddKeyedSingleton<TimeProvider>(ReminderTimeProviderNames.Reminders, Time);
        }
    }
}
