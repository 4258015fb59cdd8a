using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.Grains.Sensors;
using static ResponseCentre.Grains.Tests.Sensors.RuleSamples;

namespace ResponseCentre.Grains.Tests.Sensors;

public sealed class LocalClockTests
{
    private static readonly DailyWindow Night = new(new TimeOnly(23, 0), new TimeOnly(6, 0));
    private static readonly DailyWindow Daytime = new(new TimeOnly(8, 0), new TimeOnly(22, 0));

    [Theory]
    [InlineData(23, 0, true)]
    [InlineData(23, 59, true)]
    [InlineData(0, 0, true)]
    [InlineData(5, 59, true)]
    [InlineData(6, 0, false)]
    [InlineData(22, 59, false)]
    public void Window_past_midnight_holds_from_its_start_to_its_end(int hour, int minute, bool within)
    {
        Assert.Equal(within, LocalClock.IsWithin(Night, At(hour, minute), TimeZoneInfo.Utc));
    }

    [Fact]
    public void Wall_time_skipped_when_clocks_go_forward_is_read_past_the_gap()
    {
        var instant = LocalClock.ToInstant(new DateOnly(2026, 3, 29), new TimeOnly(2, 30), Oslo);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), instant);
    }

    [Fact]
    public void Wall_time_repeated_when_clocks_go_back_is_its_first_occurrence()
    {
        var instant = LocalClock.ToInstant(new DateOnly(2026, 10, 25), new TimeOnly(2, 30), Oslo);

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), instant);
    }

    [Fact]
    public void Span_within_a_window_continues_into_the_next_day_s_window_when_it_does_not_fit()
    {
        Assert.Equal(At(18), LocalClock.FirstSpanWithin(Daytime, At(14), TimeSpan.FromHours(4), TimeZoneInfo.Utc));
        Assert.Equal(At(22), LocalClock.FirstSpanWithin(Daytime, At(18), TimeSpan.FromHours(4), TimeZoneInfo.Utc));
        Assert.Equal(At(12, 0, dayOffset: 1), LocalClock.FirstSpanWithin(Daytime, At(18, 1), TimeSpan.FromHours(4), TimeZoneInfo.Utc));
    }

    [Fact]
    public void Span_within_a_window_past_midnight_counts_across_midnight()
    {
        Assert.Equal(At(1, 0, dayOffset: 1), LocalClock.FirstSpanWithin(Night, At(20), TimeSpan.FromHours(2), TimeZoneInfo.Utc));
        Assert.Equal(At(3), LocalClock.FirstSpanWithin(Night, At(1), TimeSpan.FromHours(2), TimeZoneInfo.Utc));
    }

    [Fact]
    public void Span_longer_than_the_window_never_completes()
    {
        Assert.Null(LocalClock.FirstSpanWithin(Night, At(20), TimeSpan.FromHours(8), TimeZoneInfo.Utc));
    }

    [Fact]
    public void Next_occurrence_of_daily_times_is_strictly_after_the_instant_and_wraps_to_the_next_day()
    {
        TimeOnly[] times = [new(20, 0), new(8, 0)];

        Assert.Equal(At(20), LocalClock.NextOccurrence(times, At(8), TimeZoneInfo.Utc));
        Assert.Equal(At(8, 0, dayOffset: 1), LocalClock.NextOccurrence(times, At(21), TimeZoneInfo.Utc));
        Assert.Null(LocalClock.NextOccurrence([], At(21), TimeZoneInfo.Utc));
    }
}
