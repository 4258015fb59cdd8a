using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Signals;
using ResponseCentre.Grains.Abstractions.Teams;
using static ResponseCentre.Grains.Tests.Signals.SignalScenario;

namespace ResponseCentre.Grains.Tests.Signals;

[Collection(TestSilo.Name)]
public sealed class ResidentHistoryGrainTests(ClusterFixture fixture)
{
    private static readonly Actor Nurse = new(ActorKind.Staff, "nurse-7");

    [Fact]
    public async Task Night_restlessness_rising_over_two_weeks_raises_one_signal_on_the_feed_the_morning_after()
    {
        var scenario = await CreateAsync(fixture.Grains, "signals-restless");
        var first = LocalToday().AddDays(1);

        // Activity 5, 6, ... 18 a night: the second week averages 15.0 against 8.0 in the first.
        for (var n = 0; n < 14; n++)
        {
            await scenario.LiveThroughAsync(first.AddDays(n), motions: 4 + n);
        }

        Assert.Empty(await scenario.History.GetActiveSignalsAsync());
        var morning = Local(first.AddDays(14), 6, 30);
        AdvanceTo(morning);

        var signal = await scenario.Recorder.WaitForSignalAsync(s => s.Resident == scenario.Profile.Id);
        Assert.Equal(RiskSignalKind.NightRestlessness, signal.Kind);
        Assert.Equal(new RiskFigures(15, 8, 7, 7), signal.Figures);
        Assert.Equal("Night-time activity 15.0/night over the last 7 nights, 1.9× the previous 7 nights (8.0/night)", signal.Sentence);
        Assert.Equal(scenario.Profile.Tenant, signal.Tenant);
        Assert.Equal(scenario.Profile.AssignedTeams, signal.Teams);
        Assert.Equal(morning, signal.RaisedAt);
        Assert.Equal(18, (await scenario.History.GetHistoryAsync()).Single(d => d.Day == first.AddDays(13)).NightActivity);

        // Another restless night and morning, and an alarm evaluated on its way in: still the one signal.
        await scenario.LiveThroughAsync(first.AddDays(14), motions: 18);
        AdvanceTo(Local(first.AddDays(15), 6, 30));
        await scenario.History.RecordAlarmAsync(scenario.Profile, IncidentKind.AssistanceCall, ClusterFixture.Time.GetUtcNow());

        Assert.Equal(signal.Id, Assert.Single(await scenario.History.GetActiveSignalsAsync()).Id);
        Assert.Empty(await SignalsPublishedUntilSentinelAsync(scenario));
    }

    [Fact]
    public async Task The_third_stove_trip_in_a_week_raises_a_signal_at_once_until_the_team_acknowledges_it()
    {
        var scenario = await CreateAsync(fixture.Grains, "signals-stove");
        var now = ClusterFixture.Time.GetUtcNow();
        await scenario.History.RecordAlarmAsync(scenario.Profile, IncidentKind.StoveGuard, now.AddDays(-5));
        await scenario.History.RecordAlarmAsync(scenario.Profile, IncidentKind.StoveGuard, now.AddDays(-1));
        Assert.Empty(await scenario.History.GetActiveSignalsAsync());

        await scenario.History.RecordAlarmAsync(scenario.Profile, IncidentKind.StoveGuard, now);

        var signal = await scenario.Recorder.WaitForSignalAsync(s => s.Resident == scenario.Profile.Id);
        Assert.Equal(RiskSignalKind.RepeatedStoveTrips, signal.Kind);
        Assert.Equal("3 stove-guard trips in the last 7 days", signal.Sentence);
        Assert.True(await scenario.History.AcknowledgeSignalAsync(signal.Id, Nurse));
        Assert.False(await scenario.History.AcknowledgeSignalAsync(signal.Id, Nurse));

        await scenario.History.RecordAlarmAsync(scenario.Profile, IncidentKind.StoveGuard, now);

        Assert.Empty(await scenario.History.GetActiveSignalsAsync());
        Assert.Empty(await SignalsPublishedUntilSentinelAsync(scenario));
    }

    [Fact]
    public async Task A_resident_s_own_thresholds_are_validated_and_apply_at_once()
    {
        var scenario = await CreateAsync(fixture.Grains, "signals-policy");
        var now = ClusterFixture.Time.GetUtcNow();
        await scenario.History.RecordAlarmAsync(scenario.Profile, IncidentKind.Fall, now.AddDays(-20));
        await scenario.History.RecordAlarmAsync(scenario.Profile, IncidentKind.Fall, now);
        Assert.Empty(await scenario.History.GetActiveSignalsAsync());

        var refused = await Assert.ThrowsAsync<PolicyValidationException>(
            () => scenario.History.SetPolicyAsync(RiskSignalPolicy.Default with { FallsWindowDays = 0 }));
        Assert.Contains(refused.Errors, e => e.StartsWith("fallsWindowDays", StringComparison.Ordinal));
        Assert.Equal(RiskSignalPolicy.Default, await scenario.History.GetPolicyAsync());

        var wider = RiskSignalPolicy.Default with { FallsWindowDays = 28 };
        await scenario.History.SetPolicyAsync(wider);

        var signal = Assert.Single(await scenario.History.GetActiveSignalsAsync());
        Assert.Equal("2 falls in the last 28 days", signal.Sentence);
        Assert.Equal(wider, await scenario.History.GetPolicyAsync());
        Assert.Equal(signal.Id, (await scenario.Recorder.WaitForSignalAsync(s => s.Resident == scenario.Profile.Id)).Id);
    }

    /// <summary>The scenario's signals that reach the recorder before a sentinel published after them.</summary>
    private async Task<List<RiskSignal>> SignalsPublishedUntilSentinelAsync(SignalScenario scenario)
    {
        var sentinel = new RiskSignal(new RiskSignalId($"{scenario.Profile.Id}-sentinel"), new ResidentId("sentinel"), scenario.Profile.Tenant,
            [new TeamId("none")], RiskSignalKind.AlarmRate, new RiskFigures(0, null, 7, null), "sentinel", ClusterFixture.Time.GetUtcNow());
        await fixture.Grains.GetIncidentFeed().NotifyRiskSignalAsync(sentinel);
        var seen = new List<RiskSignal>();
        await scenario.Recorder.WaitForSignalAsync(s =>
        {
            if (s.Resident == scenario.Profile.Id)
            {
                seen.Add(s);
            }

            return s.Id == sentinel.Id;
        });
        return seen;
    }
}
