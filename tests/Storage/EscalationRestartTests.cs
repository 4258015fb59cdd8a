using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Reminders;
using Orleans.TestingHost;
using ResponseCentre.Grains;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Feed;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Storage.Tests;

/// <summary>A pending escalation outlives its silo: state and reminder are in SQLite, the new silo fires the deadline.</summary>
public sealed class EscalationRestartTests : IDisposable
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private static readonly TempDatabase File = new();
    private static readonly TenantId Tenant = new("restart");
    private static readonly TeamId Team = new("restart-team");
    private static readonly StaffId Anna = new("anna"), Bjorn = new("bjorn");

    public void Dispose() => File.Dispose();

    [Fact]
    public async Task Escalation_pending_when_the_silo_is_killed_fires_its_next_step_after_a_restart()
    {
        IncidentId incident;
        var before = await StartClusterAsync();
        await using (before)
        {
            await RegisterAsync(before.Client);
            var notices = await SubscribeAsync(before.Client);
            var raised = await before.Client.GetResident(new ResidentId("restart-resident")).RaiseAlarmAsync(
                new RaiseAlarm(new DeviceId("restart-device"), "m1", IncidentKind.Fall, Time.GetUtcNow(), Time.GetUtcNow()));
            incident = raised.Incident;
            Assert.Equal(0, (await notices.Notices.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30))).Step);

            foreach (var silo in before.Silos.ToList())
            {
                await before.KillSiloAsync(silo);
            }
        }

        var after = await StartClusterAsync();
        await using (after)
        {
            var notices = await SubscribeAsync(after.Client);

            Time.Advance(TimeSpan.FromSeconds(60));

            var next = await notices.Notices.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(incident, next.Incident.Id);
            Assert.Equal((1, NotifyTarget.WholeTeam), (next.Step, next.Target));
            Assert.Equal([Anna, Bjorn], next.Recipients);
        }
    }

    private static async Task<TestCluster> StartClusterAsync()
    {
        var cluster = new TestClusterBuilder(1).AddSiloBuilderConfigurator<SiloConfigurator>().Build();
        await cluster.DeployAsync();
        return cluster;
    }

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
        await grains.GetResident(new ResidentId("restart-resident")).RegisterAsync(
            new ResidentProfile(new ResidentId("restart-resident"), Tenant, "Kari", "North", CareLevel.Basic, []));
        await grains.GetDevice(new DeviceId("restart-device")).AssignAsync(new DeviceAssignment(new DeviceId("restart-device"), new ResidentId("restart-resident")));
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

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddResponseCentreGrains().AddResponseCentreSqliteStorage(StorageNames.Default, File.DataSource);
            siloBuilder.Services.AddSingleton<TimeProvider>(Time);
            siloBuilder.Services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
            siloBuilder.Services.AddKeyedSingleton<TimeProvider>(ReminderTimeProviderNames.Reminders, Time);
        }
    }
}
