using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Signals;
using ResponseCentre.Grains.Abstractions.Teams;
using ResponseCentre.Grains.Signals;

namespace ResponseCentre.Grains.Tests.Signals;

public sealed class RiskSignalLifecycleTests
{
    private static readonly DateTimeOffset T0 = HistorySamples.Now;
    private static readonly ResidentProfile Kari = new(
        new ResidentId("r-lifecycle"), new TenantId("oslo"), "Kari", "Frogner", CareLevel.AtRisk, [new TeamId("frogner-dementia")]);
    private static readonly RiskFinding Falls = new(RiskSignalKind.RepeatedFalls, new RiskFigures(2, null, 14, null), "2 falls in the last 14 days");
    private static readonly TimeSpan ClearAfter = RiskSignalPolicy.Default.ClearAfter;

    private static RiskSignalUpdate Apply(IReadOnlyList<TrackedSignal> tracked, DateTimeOffset now, params RiskFinding[] findings) =>
        RiskSignalLifecycle.Apply(tracked, findings, Kari, RiskSignalPolicy.Default, now);

    [Fact]
    public void A_new_finding_raises_a_signal_naming_the_resident_the_tenant_and_the_teams()
    {
        var update = Apply([], T0, Falls);

        var signal = Assert.Single(update.Raised);
        Assert.Equal(new RiskSignal(new RiskSignalId("r-lifecycle/RepeatedFalls/20261207T120000Z"), Kari.Id, Kari.Tenant, Kari.AssignedTeams,
            RiskSignalKind.RepeatedFalls, Falls.Figures, Falls.Sentence, T0), signal);
        Assert.False(Assert.Single(update.Tracked).Delivered);
        Assert.True(update.Changed);
    }

    [Fact]
    public void A_signal_is_not_raised_again_while_its_condition_holds()
    {
        var raised = Apply([], T0, Falls);

        var nextDay = Apply(raised.Tracked, T0.AddDays(1), Falls with { Figures = new RiskFigures(3, null, 14, null) });

        Assert.Empty(nextDay.Raised);
        Assert.Equal(raised.Raised[0], Assert.Single(nextDay.Tracked).Signal);
        Assert.False(nextDay.Changed);
    }

    [Fact]
    public void A_signal_clears_once_its_condition_has_been_clear_for_the_clear_after_period()
    {
        var tracked = Apply([], T0, Falls).Tracked;
        var clearFrom = T0.AddDays(1);

        var firstClearDay = Apply(tracked, clearFrom);
        var almost = Apply(firstClearDay.Tracked, clearFrom + ClearAfter - TimeSpan.FromSeconds(1));
        var cleared = Apply(almost.Tracked, clearFrom + ClearAfter);

        Assert.Equal(clearFrom, Assert.Single(firstClearDay.Tracked).ClearSince);
        Assert.Single(almost.Tracked);
        Assert.Empty(cleared.Tracked);
        Assert.Equal(RiskSignalKind.RepeatedFalls, Assert.Single(cleared.Cleared).Kind);
    }

    [Fact]
    public void A_condition_that_returns_before_it_has_cleared_keeps_the_signal_without_raising_it_again()
    {
        var tracked = Apply([], T0, Falls).Tracked;

        var clear = Apply(tracked, T0.AddDays(1));
        var back = Apply(clear.Tracked, T0.AddDays(2), Falls);
        var clearAgain = Apply(back.Tracked, T0.AddDays(3) + ClearAfter - TimeSpan.FromSeconds(1));

        Assert.Empty(back.Raised);
        Assert.Null(Assert.Single(back.Tracked).ClearSince);
        Assert.Single(clearAgain.Tracked);
    }

    [Fact]
    public void An_acknowledged_signal_is_not_raised_again_until_its_condition_has_cleared()
    {
        var tracked = Apply([], T0, Falls).Tracked;
        var acknowledged = new[] { tracked[0] with { AcknowledgedBy = new Actor(ActorKind.Staff, "nurse-1"), AcknowledgedAt = T0 } };

        var stillMet = Apply(acknowledged, T0.AddDays(1), Falls);
        var cleared = Apply(Apply(stillMet.Tracked, T0.AddDays(2)).Tracked, T0.AddDays(2) + ClearAfter);
        var metAgain = Apply(cleared.Tracked, T0.AddDays(10), Falls);

        Assert.Empty(stillMet.Raised);
        Assert.False(Assert.Single(stillMet.Tracked).IsActive);
        Assert.Empty(cleared.Tracked);
        Assert.NotEqual(tracked[0].Signal.Id, Assert.Single(metAgain.Raised).Id);
    }
}
