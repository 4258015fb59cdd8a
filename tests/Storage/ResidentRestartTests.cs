using Orleans.TestingHost;
using ResponseCentre.Grains;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;

namespace ResponseCentre.Storage.Tests;

/// <summary>What one silo stored, a new silo on the same file reads back.</summary>
public sealed class ResidentRestartTests : IDisposable
{
    private const string DataSourceKey = "ResponseCentre:Tests:DataSource";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly ResidentId Kari = new("restart-kari");

    private readonly TempDatabase _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task A_registered_resident_and_their_incident_are_still_there_after_the_cluster_restarts()
    {
        var profile = new ResidentProfile(Kari, new TenantId("restart"), "Kari", "North", CareLevel.Basic, []);
        IncidentId incident;
        await using (var before = await StartClusterAsync())
        {
            await before.Client.GetResident(Kari).RegisterAsync(profile);
            incident = (await before.Client.GetResident(Kari).RaiseAlarmAsync(
                new RaiseAlarm(new DeviceId("restart-device"), "m1", IncidentKind.Fall, Now, Now))).Incident;
            await before.StopAllSilosAsync();
        }

        await using var after = await StartClusterAsync();
        var stored = await after.Client.GetResident(Kari).GetProfileAsync();
        Assert.NotNull(stored);
        Assert.Equal((profile.Tenant, profile.Name, profile.District), (stored.Tenant, stored.Name, stored.District));
        var view = await after.Client.GetIncident(incident).GetViewAsync();
        Assert.NotNull(view);
        Assert.Equal(Kari, view.Resident);
    }

    [Fact]
    public async Task A_second_alarm_after_the_restart_joins_the_incident_the_first_silo_opened()
    {
        var profile = new ResidentProfile(Kari, new TenantId("restart"), "Kari", "North", CareLevel.Basic, []);
        AlarmRaised first;
        await using (var before = await StartClusterAsync())
        {
            await before.Client.GetResident(Kari).RegisterAsync(profile);
            first = await before.Client.GetResident(Kari).RaiseAlarmAsync(
                new RaiseAlarm(new DeviceId("restart-device"), "m1", IncidentKind.Fall, Now, Now));
            await before.StopAllSilosAsync();
        }

        await using var after = await StartClusterAsync();
        var redelivered = await after.Client.GetResident(Kari).RaiseAlarmAsync(
            new RaiseAlarm(new DeviceId("restart-device"), "m1", IncidentKind.Fall, Now, Now));

        Assert.Equal(first.Incident, redelivered.Incident);
        Assert.True(redelivered.WasRedelivery);
    }

    private async Task<TestCluster> StartClusterAsync()
    {
        var builder = new TestClusterBuilder(1).AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.Properties[DataSourceKey] = _file.DataSource;
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => siloBuilder
            .AddResponseCentreGrains()
            .AddResponseCentreSqliteStorage(StorageNames.Default, siloBuilder.Configuration[DataSourceKey]!);
    }
}
