using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Reminders;
using Orleans.TestingHost;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Feed;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Teams;
using ResponseCentre.Testing;

namespace ResponseCentre.Cluster.Tests;

/// <summary>
/// A pending escalation outlives a crashed cluster: its state and its backstop reminder are in
/// PostgreSQL, and the next cluster's reminder service finds the reminder and fires the deadline.
/// </summary>
public sealed class ReminderRestartTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private static readonly TenantId Tenant = new("pg-restart");
    private static readonly TeamId Team = new("pg-restart-team");
    private static readonly ResidentId Resident = new("pg-restart-resident");
    private static readonly DeviceId Device = new("pg-restart-device");
    private static readonly StaffId Anna = new("anna"), Bjorn = new("bjorn");

    [Fact]
    public async Task Escalation_pending_when_the_cluster_is_killed_fires_its_next_step_after_a_restart()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        IncidentId incident;
        await using (var before = await StartAsync(database))
        {
            await RegisterAsync(before.Client);
            var notices = await SubscribeAsync(before.Client);
            var raised = await before.Client.GetResident(Resident).RaiseAlarmAsync(
                new RaiseAlarm(Device, "m1", IncidentKind.Fall, Time.GetUtcNow(), Time.GetUtcNow()));
            incident = raised.Incident;
            Assert.Equal(0, (await notices.Notices.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30))).Step);
            Assert.Equal(1, await database.QueryAsync<long>(
                "SELECT count(*) FROM rc_orleans_reminder WHERE reminder_name = 'escalation-backstop'"));

            foreach (var silo in before.Silos.ToList())
            {
                await before.KillSiloAsync(silo);
            }
        }

        await using var after = await StartAsync(database);
        var next = await SubscribeAsync(after.Client);

        Time.Advance(TimeSpan.FromSeconds(60));

        var notice = await next.Notices.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(incident, notice.Incident.Id);
        Assert.Equal((1, NotifyTarget.WholeTeam), (notice.Step, notice.Target));
        Assert.Equal([Anna, Bjorn], notice.Recipients);
    }

    private static Task<TestCluster> StartAsync(PostgresDatabase database) =>
        PostgresCluster.StartAsync(database, configure: builder => builder.AddSiloBuilderConfigurator<FakeTimeConfigurator>());

    private static async Task RegisterAsync(IGrainFactory grains)
    {
        DayOfWeek[] everyDay = [.. Enum.GetValues<DayOfWeek>()];
        await grains.GetTeam(Team).DefineAsync(new TeamDefinition(Team, Tenant, "Team", TeamKind.HomeNursing, "North",
            [new TeamMember(Anna, "Anna", TeamRole.Responder), new TeamMember(Bjorn, "Bjørn", TeamRole.Responder)]));
        await grains.GetTeam(Team).SetRosterAsync(new Roster("Europe/Oslo",
            [new RecurringShift(Anna, everyDay, TimeOnly.MinValue, TimeOnly.MinValue), new RecurringShift(Bjorn, everyDay, TimeOnly.MinValue, TimeOnly.MinValue)], []));
        await grains.GetTenantPolicies(Tenant).SetAsync(new TenantPolicies(Tenant, "Europe/Oslo",
            [new RoutingRule(Team, [], null, null, null, null, false)],
            [new EscalationPolicy("two steps", [], null,
                [new(NotifyTarget.OnDutyResponder, TimeSpan.FromSeconds(60)), new(NotifyTarget.WholeTeam, TimeSpan.FromSeconds(60))], 0)]));
        await grains.GetResident(Resident).RegisterAsync(new ResidentProfile(Resident, Tenant, "Kari", "North", CareLevel.Basic, []));
        await grains.GetDevice(Device).AssignAsync(new DeviceAssignment(Device, Resident));
    }

    /// <summary>
    /// Returns the observer itself: Orleans holds observers weakly, so the test must keep it alive
    /// while it waits, or a garbage collection could silently end the subscription.
    /// </summary>
    private static async Task<NoticeChannel> SubscribeAsync(IClusterClient client)
    {
        var observer = new NoticeChannel();
        await client.GetIncidentFeed().SubscribeAsync(client.CreateObjectReference<IIncidentFeedObserver>(observer));
        return observer;
    }

    private sealed class NoticeChannel : IIncidentFeedObserver
    {
        private readonly Channel<EscalationNotice> _notices = Channel.CreateUnbounded<EscalationNotice>();

        public ChannelReader<EscalationNotice> Notices => _notices.Reader;

        public Task IncidentChangedAsync(IncidentView incident) => Task.CompletedTask;

        public Task NotifiedAsync(EscalationNotice notice) => Task.FromResult(_notices.Writer.TryWrite(notice));
    }

    /// <summary>Grains and reminders on the test's clock; the silo's own maintenance stays on real time.</summary>
    private sealed class FakeTimeConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.Services.AddSingleton<TimeProvider>(Time);
            siloBuilder.Services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
            siloBuilder.Services.AddKeyedSingleton<TimeProvider>(ReminderTimeProviderNames.Reminders, Time);
        }
    }
}
