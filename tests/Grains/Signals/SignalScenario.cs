using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Feed;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.Grains.Abstractions.Signals;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Tests.Signals;

/// <summary>A resident of a tenant of their own in Oslo's time zone, with a dashboard stand-in on the feed.</summary>
public sealed class SignalScenario
{
    public static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    private SignalScenario(IGrainFactory grains, ResidentProfile profile)
    {
        Profile = profile;
        History = grains.GetResidentHistory(profile.Id);
    }

    public ResidentProfile Profile { get; }
    public IResidentHistoryGrain History { get; }
    public FeedRecorder Recorder { get; } = new();

    public static async Task<SignalScenario> CreateAsync(IGrainFactory grains, string name)
    {
        var tenant = new TenantId($"{name}-tenant");
        await grains.GetTenantPolicies(tenant).SetAsync(new TenantPolicies(tenant, "Europe/Oslo", [], []));
        var scenario = new SignalScenario(grains,
            new ResidentProfile(new ResidentId(name), tenant, "Ola", "Frogner", CareLevel.AtRisk, [new TeamId($"{name}-dementia-team")]));
        await grains.GetIncidentFeed().SubscribeAsync(grains.CreateObjectReference<IIncidentFeedObserver>(scenario.Recorder));
        return scenario;
    }

    /// <summary>The Oslo wall-clock time as an instant.</summary>
    public static DateTimeOffset Local(DateOnly date, int hour, int minute = 0)
    {
        var local = date.ToDateTime(new TimeOnly(hour, minute));
        return new DateTimeOffset(local, Oslo.GetUtcOffset(local));
    }

    public static DateOnly LocalToday() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(ClusterFixture.Time.GetUtcNow(), Oslo).DateTime);

    /// <summary>Moves the grains' clock forward to <paramref name="at"/>, firing their timers and reminders on the way.</summary>
    public static void AdvanceTo(DateTimeOffset at)
    {
        if (at > ClusterFixture.Time.GetUtcNow())
        {
            ClusterFixture.Time.SetUtcNow(at.ToUniversalTime());
        }
    }

    /// <summary>
    /// One day and night as the sensors report it, in order and as it happens: motion in the afternoon,
    /// into bed at 22:30, <paramref name="motions"/> motions spread over the night, and one trip out of bed at 02:00.
    /// Night-time activity: <paramref name="motions"/> + 1.
    /// </summary>
    public async Task LiveThroughAsync(DateOnly night, int motions)
    {
        var morning = night.AddDays(1);
        var events = new List<(DateTimeOffset At, SensorReading Reading)>
        {
            (Local(night, 14), new SensorReading(SensorMetric.Motion, 1)),
            (Local(night, 22, 30), new SensorReading(SensorMetric.BedOccupied, 1)),
            (Local(morning, 2), new SensorReading(SensorMetric.BedOccupied, 0)),
            (Local(morning, 2, 20), new SensorReading(SensorMetric.BedOccupied, 1)),
        };
        var spacing = 340 / motions;
        events.AddRange(Enumerable.Range(0, motions).Select(i => (Local(night, 23, 10).AddMinutes(i * spacing), new SensorReading(SensorMetric.Motion, 1))));

        foreach (var (at, reading) in events.OrderBy(e => e.At))
        {
            AdvanceTo(at);
            await History.RecordReadingsAsync(Profile, [reading], at);
        }
    }
}
