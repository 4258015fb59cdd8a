using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Feed;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Tests.Incidents;

/// <summary>
/// A tenant of its own for one test: a district team of two responders and a lead, on duty round
/// the clock unless told otherwise, a routing rule to it, and an escalation policy of four steps.
/// </summary>
public sealed class EscalationScenario
{
    public static readonly EscalationStep[] FourSteps =
    [
        new(NotifyTarget.OnDutyResponder, TimeSpan.FromSeconds(60)),
        new(NotifyTarget.WholeTeam, TimeSpan.FromSeconds(60)),
        new(NotifyTarget.TeamLead, TimeSpan.FromSeconds(120)),
        new(NotifyTarget.Operators, TimeSpan.FromSeconds(120)),
    ];

    private readonly IGrainFactory _grains;
    private readonly IIncidentFeedObserver _recorderReference;
    private int _messages;

    private EscalationScenario(IGrainFactory grains, string name, FeedRecorder recorder)
    {
        _grains = grains;
        _recorderReference = grains.CreateObjectReference<IIncidentFeedObserver>(recorder);
        Tenant = new TenantId(name);
        Team = new TeamId($"{name}-team");
        Resident = new ResidentId($"{name}-resident");
        Recorder = recorder;
    }

    public TenantId Tenant { get; }
    public TeamId Team { get; }
    public ResidentId Resident { get; }
    public FeedRecorder Recorder { get; }
    public StaffId Anna { get; } = new("anna");
    public StaffId Bjorn { get; } = new("bjorn");
    public StaffId Lead { get; } = new("lead");

    public static async Task<EscalationScenario> CreateAsync(IGrainFactory grains, string name, bool anyoneOnDuty = true, int repeats = 0)
    {
        var scenario = new EscalationScenario(grains, name, new FeedRecorder());
        await scenario.SubscribeRecorderAsync();
        await scenario.SetUpAsync(anyoneOnDuty, repeats);
        return scenario;
    }

    /// <summary>Subscribes the recorder to the feed, again after the feed's activation was lost.</summary>
    public Task SubscribeRecorderAsync() => _grains.GetIncidentFeed().SubscribeAsync(_recorderReference);

    public async Task<IncidentId> RaiseAsync(IncidentKind kind = IncidentKind.Fall)
    {
        var now = ClusterFixture.Time.GetUtcNow();
        var raised = await _grains.GetResident(Resident).RaiseAlarmAsync(
            new RaiseAlarm(new DeviceId($"{Tenant}-device"), $"m{Interlocked.Increment(ref _messages)}", kind, now, now));
        return raised.Incident;
    }

    public IIncidentGrain Incident(IncidentId id) => _grains.GetIncident(id);

    public static Actor StaffActor(StaffId staff) => new(ActorKind.Staff, staff.Value);

    private async Task SetUpAsync(bool anyoneOnDuty, int repeats)
    {
        await _grains.GetTeam(Team).DefineAsync(new TeamDefinition(Team, Tenant, "District team", TeamKind.HomeNursing, "North",
        [
            new TeamMember(Anna, "Anna", TeamRole.Responder),
            new TeamMember(Bjorn, "Bjørn", TeamRole.Responder),
            new TeamMember(Lead, "Lead", TeamRole.Lead),
        ]));
        if (anyoneOnDuty)
        {
            // A shift that ends when it starts runs round the clock.
            DayOfWeek[] everyDay = [.. Enum.GetValues<DayOfWeek>()];
            var allDay = new TimeOnly(0, 0);
            await _grains.GetTeam(Team).SetRosterAsync(new Roster("Europe/Oslo",
                [new RecurringShift(Anna, everyDay, allDay, allDay), new RecurringShift(Bjorn, everyDay, allDay, allDay), new RecurringShift(Lead, everyDay, allDay, allDay)],
                []));
        }

        await _grains.GetTenantPolicies(Tenant).SetAsync(new TenantPolicies(Tenant, "Europe/Oslo",
            [new RoutingRule(Team, [], "North", null, null, null, false)],
            [new EscalationPolicy("four steps", [], null, FourSteps, repeats)]));
        await _grains.GetResident(Resident).RegisterAsync(new ResidentProfile(Resident, Tenant, "Kari", "North", CareLevel.AtRisk, []));
    }
}
