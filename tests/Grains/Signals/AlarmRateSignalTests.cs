using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Signals;
using ResponseCentre.Grains.Signals;
using static ResponseCentre.Grains.Tests.Signals.HistorySamples;

namespace ResponseCentre.Grains.Tests.Signals;

public sealed class AlarmRateSignalTests
{
    // Three weeks of history: a 14-day baseline with four alarms (usually 2.0 a week) before the last 7 days.
    private static ActivityHistory UsuallyTwoAWeek() => TrackedSince(20).WithAlarms(IncidentKind.AssistanceCall, 8, 11, 15, 19);

    [Fact]
    public void Raised_when_the_last_seven_days_reach_twice_the_usual_weekly_count()
    {
        var history = UsuallyTwoAWeek().WithAlarms(IncidentKind.AssistanceCall, 0, 2, 4, 6);

        var finding = Detect(history).Finding(RiskSignalKind.AlarmRate);

        Assert.NotNull(finding);
        Assert.Equal(new RiskFigures(4, 2.0, 7, 14), finding.Figures);
        Assert.Equal("4 alarms over the last 7 days, 2.0× the usual 2.0 per 7 days (over the previous 14 days)", finding.Sentence);
    }

    [Fact]
    public void Not_raised_just_below_twice_the_usual_weekly_count()
    {
        var history = UsuallyTwoAWeek().WithAlarms(IncidentKind.AssistanceCall, 0, 2, 4);

        Assert.Null(Detect(history).Finding(RiskSignalKind.AlarmRate));
    }

    [Fact]
    public void Alarms_older_than_the_window_count_towards_the_baseline_not_the_window()
    {
        var history = UsuallyTwoAWeek().WithAlarms(IncidentKind.AssistanceCall, 0, 2, 4, 7);

        Assert.Null(Detect(history).Finding(RiskSignalKind.AlarmRate));
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void Against_a_quiet_baseline_it_takes_the_minimum_number_of_alarms(int alarms, bool raised)
    {
        var history = TrackedSince(20).WithAlarms(IncidentKind.AssistanceCall, [.. Enumerable.Range(0, alarms)]);

        var finding = Detect(history).Finding(RiskSignalKind.AlarmRate);

        Assert.Equal(raised, finding is not null);
        if (finding is not null)
        {
            Assert.Equal("3 alarms over the last 7 days, with none over the previous 14 days", finding.Sentence);
        }
    }

    [Theory]
    [InlineData(19, false)]
    [InlineData(20, true)]
    public void Needs_two_weeks_of_history_before_the_window_for_a_baseline(int trackedDaysAgo, bool raised)
    {
        var history = TrackedSince(trackedDaysAgo).WithAlarms(IncidentKind.AssistanceCall, 0, 1, 2, 3, 4);

        Assert.Equal(raised, Detect(history).Finding(RiskSignalKind.AlarmRate) is not null);
    }

    [Fact]
    public void Factor_and_minimum_are_the_resident_s_policy()
    {
        var history = UsuallyTwoAWeek().WithAlarms(IncidentKind.AssistanceCall, 0, 2, 4);
        var lenient = RiskSignalPolicy.Default with { AlarmRateFactor = 1.5 };

        Assert.NotNull(Detect(history, lenient).Finding(RiskSignalKind.AlarmRate));
    }
}
