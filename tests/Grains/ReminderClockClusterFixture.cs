using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Reminders;
using Orleans.TestingHost;

namespace ResponseCentre.Grains.Tests;

/// <summary>
/// A cluster of its own whose grains and reminders both run on <see cref="Time"/>, so a test can
/// lose an activation and watch the reminder backstop bring the escalation back.
/// </summary>
public sealed class ReminderClockClusterFixture : IAsyncLifetime
{
    public static FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

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
            siloBuilder.Services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
            siloBuilder.Services.AddKeyedSingleton<TimeProvider>(ReminderTimeProviderNames.Reminders, Time);
        }
    }
}
