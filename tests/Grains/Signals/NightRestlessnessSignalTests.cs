using ResponseCentre.Grains.Abstractions.Signals;
using static ResponseCentre.Grains.Tests.Signals.HistorySamples;

namespace ResponseCentre.Grains.Tests.Signals;

public sealed class NightRestlessnessSignalTests
{
    [Fact]
    public void Raised_when_restlessness_rises_steadily_over_two_weeks()
    {
        var history = TrackedSince(14).WithNights(5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18);

        var finding = Detect(history).Finding(RiskSignalKind.NightRestlessness);

        Assert.NotNull(finding);
        Assert.Equal(new RiskFigures(15, 8, 7, 7), finding.Figures);
        Assert.Equal(1.875, finding.Figures.Ratio);
        Assert.Equal("Night-time activity 15.0/night over the last 7 nights, 1.9× the previous 7 nights (8.0/night)", finding.Sentence);
    }

    [Fact]
    public void Raised_at_exactly_the_factor_and_the_minimum_increase()
    {
        var history = TrackedSince(14).WithNights([.. Repeat(10, 7), .. Repeat(15, 7)]);

        Assert.NotNull(Detect(history).Finding(RiskSignalKind.NightRestlessness));
    }

    [Fact]
    public void Not_raised_just_below_the_factor()
    {
        // 104 events over 7 nights: 14.86 a night, under 1.5 × 10.
        var history = TrackedSince(14).WithNights([.. Repeat(10, 7), .. Repeat(15, 6), 14]);

        Assert.Null(Detect(history).Finding(RiskSignalKind.NightRestlessness));
    }

    [Theory]
    [InlineData(6, false)]
    [InlineData(7, true)]
    public void A_rise_by_a_large_factor_must_also_reach_the_minimum_increase(int recent, bool raised)
    {
        var history = TrackedSince(14).WithNights([.. Repeat(2, 7), .. Repeat(recent, 7)]);

        Assert.Equal(raised, Detect(history).Finding(RiskSignalKind.NightRestlessness) is not null);
    }

    [Theory]
    [InlineData(6, false)]
    [InlineData(7, true)]
    public void Needs_seven_observed_nights_before_the_window_for_a_baseline(int baselineNights, bool raised)
    {
        var history = TrackedSince(14).WithNights([.. Repeat(4, baselineNights), .. Repeat(20, 7)]);

        Assert.Equal(raised, Detect(history).Finding(RiskSignalKind.NightRestlessness) is not null);
    }

    [Fact]
    public void Nights_without_readings_are_left_out_rather_than_counted_as_calm()
    {
        // The sensor was offline for three of the last seven nights: four nights are too few to judge.
        var offline = TrackedSince(14).WithNights([.. Repeat(4, 7), 20, null, null, null, 20, 20, 20]);
        var calmNightsCounted = TrackedSince(14).WithNights([.. Repeat(4, 7), 20, 0, 0, 20, 20, 20, 20]);

        Assert.Null(Detect(offline).Finding(RiskSignalKind.NightRestlessness));
        Assert.Equal(100.0 / 7, Detect(calmNightsCounted).Finding(RiskSignalKind.NightRestlessness)?.Figures.Current);
    }

    [Fact]
    public void The_night_still_in_progress_does_not_count_yet()
    {
        var history = TrackedSince(14).WithNights([.. Repeat(4, 7), .. Repeat(20, 7)]);
        var duringTheLastNight = new DateTimeOffset(2026, 12, 7, 3, 0, 0, TimeSpan.Zero);

        // At 03:00 the night of 6 December has not ended: the window is the six nights before it and one baseline night.
        Assert.Null(Detect(history, now: duringTheLastNight).Finding(RiskSignalKind.NightRestlessness));
        Assert.NotNull(Detect(history, now: duringTheLastNight.AddHours(3)).Finding(RiskSignalKind.NightRestlessness));
    }
}
