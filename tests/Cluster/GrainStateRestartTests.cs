using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Testing;

namespace ResponseCentre.Cluster.Tests;

/// <summary>What one cluster's grains stored in PostgreSQL, a new cluster on the same database reads back.</summary>
public sealed class GrainStateRestartTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly ResidentId Kari = new("pg-kari");

    [Fact]
    public async Task A_registered_resident_and_their_incident_survive_a_restart_of_the_whole_cluster()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var profile = new ResidentProfile(Kari, new TenantId("pg"), "Kari", "North", CareLevel.Basic, []);
        AlarmRaised first;
        await using (var before = await PostgresCluster.StartAsync(database))
        {
            await before.Client.GetResident(Kari).RegisterAsync(profile);
            first = await before.Client.GetResident(Kari).RaiseAlarmAsync(
                new RaiseAlarm(new DeviceId("pg-device"), "m1", IncidentKind.Fall, Now, Now));
            await before.StopAllSilosAsync();
        }

        Assert.True(await database.QueryAsync<long>("SELECT count(*) FROM rc_orleans_grain_state WHERE payload IS NOT NULL") >= 2);

        await using var after = await PostgresCluster.StartAsync(database);
        var stored = await after.Client.GetResident(Kari).GetProfileAsync();
        Assert.NotNull(stored);
        Assert.Equal((profile.Tenant, profile.Name, profile.District), (stored.Tenant, stored.Name, stored.District));
        var view = await after.Client.GetIncident(first.Incident).GetViewAsync();
        Assert.NotNull(view);
        Assert.Equal(Kari, view.Resident);

        // The resident remembered the device message: its redelivery joins the incident the first cluster opened.
        var redelivered = await after.Client.GetResident(Kari).RaiseAlarmAsync(
            new RaiseAlarm(new DeviceId("pg-device"), "m1", IncidentKind.Fall, Now, Now));
        Assert.Equal(first.Incident, redelivered.Incident);
        Assert.True(redelivered.WasRedelivery);
    }
}
