using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Signals;
using static ResponseCentre.Grains.Tests.Signals.HistorySamples;

namespace ResponseCentre.Grains.Tests.Signals;

public sealed class RepeatedAlarmSignalTests
{
    [Theory]
    [InlineData(new[] { 0, 6 }, false)]
    [InlineData(new[] { 0, 3, 6 }, true)]
    [InlineData(new[] { 0, 3, 7 }, false)]
    public void Stove_trips_raise_at_three_within_seven_days(int[] daysAgo, bool raised)
    {
        var findings = Detect(TrackedSince(0).WithAlarms(IncidentKind.StoveGuard, daysAgo));

        Assert.Equal(raised, findings.Finding(RiskSignalKind.RepeatedStoveTrips) is not null);
    }

    [Theory]
    [InlineData(new[] { 0 }, false)]
    [InlineData(new[] { 0, 13 }, true)]
    [InlineData(new[] { 0, 14 }, false)]
    public void Falls_raise_at_two_within_fourteen_days(int[] daysAgo, bool raised)
    {
        var findings = Detect(TrackedSince(0).WithAlarms(IncidentKind.Fall, daysAgo));

        Assert.Equal(raised, findings.Finding(RiskSignalKind.RepeatedFalls) is not null);
    }

    [Theory]
    [InlineData(new[] { 2 }, false)]
    [InlineData(new[] { 2, 6 }, true)]
    [InlineData(new[] { 2, 7 }, false)]
    public void Missed_medication_raises_at_two_doses_within_seven_days(int[] daysAgo, bool raised)
    {
        var findings = Detect(TrackedSince(0).WithAlarms(IncidentKind.MedicationMissed, daysAgo));

        Assert.Equal(raised, findings.Finding(RiskSignalKind.MissedMedication) is not null);
    }

    [Fact]
    public void Findings_carry_the_count_the_window_and_a_sentence()
    {
        var history = TrackedSince(0)
            .WithAlarms(IncidentKind.StoveGuard, 0, 1, 2)
            .WithAlarms(IncidentKind.Fall, 1, 10)
            .WithAlarms(IncidentKind.MedicationMissed, 0, 5);

        var findings = Detect(history);

        Assert.Equal(new RiskFigures(3, null, 7, null), findings.Finding(RiskSignalKind.RepeatedStoveTrips)?.Figures);
        Assert.Equal("3 stove-guard trips in the last 7 days", findings.Finding(RiskSignalKind.RepeatedStoveTrips)?.Sentence);
        Assert.Equal("2 falls in the last 14 days", findings.Finding(RiskSignalKind.RepeatedFalls)?.Sentence);
        Assert.Equal("2 missed medication doses in the last 7 days", findings.Finding(RiskSignalKind.MissedMedication)?.Sentence);
    }

    [Fact]
    public void Other_alarm_kinds_do_not_count_towards_a_repeated_kind()
    {
        var findings = Detect(TrackedSince(0).WithAlarms(IncidentKind.Fire, 0, 1, 2).WithAlarms(IncidentKind.StoveGuard, 0, 1));

        Assert.Null(findings.Finding(RiskSignalKind.RepeatedStoveTrips));
    }

    [Fact]
    public void Thresholds_are_the_resident_s_policy()
    {
        var policy = RiskSignalPolicy.Default with { StoveTripsMinimum = 2, StoveTripsWindowDays = 3 };

        Assert.NotNull(Detect(TrackedSince(0).WithAlarms(IncidentKind.StoveGuard, 0, 2), policy).Finding(RiskSignalKind.RepeatedStoveTrips));
        Assert.Null(Detect(TrackedSince(0).WithAlarms(IncidentKind.StoveGuard, 0, 3), policy).Finding(RiskSignalKind.RepeatedStoveTrips));
    }
}
