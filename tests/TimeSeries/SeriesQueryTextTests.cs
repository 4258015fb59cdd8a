using ResponseCentre.Grains.Abstractions.Sensors;

namespace ResponseCentre.TimeSeries.Tests;

public class SeriesQueryTextTests
{
    private static readonly DateTimeOffset From = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);

    [Fact]
    public void The_statement_asks_for_mean_min_max_and_count_per_bucket_of_one_resident_in_a_half_open_range()
    {
        var plan = SeriesQueryText.Build("r-12", SensorMetric.StoveCurrent, From, From.AddHours(1), TimeSpan.FromMinutes(5));

        Assert.Equal(
            "SELECT mean(\"value\"), min(\"value\"), max(\"value\"), count(\"value\") FROM \"stove_current\" " +
            "WHERE \"resident\" = 'r-12' AND time >= 1700000000000ms AND time < 1700003600000ms GROUP BY time(300000ms) fill(null)",
            plan.InfluxQl);
        // 1700000000000 is 200 s into a 5-minute bucket: InfluxDB starts the first bucket there.
        Assert.Equal(1_699_999_800_000, plan.FirstStartMs);
        Assert.Equal(13, plan.Buckets);
    }

    [Theory]
    [InlineData("o'brien", @"o\'brien")]
    [InlineData(@"back\slash", @"back\\slash")]
    [InlineData(@"x' OR resident =~ /.*/ OR resident = 'y", @"x\' OR resident =~ /.*/ OR resident = \'y")]
    [InlineData("\"double\" and spaces, commas=equals", "\"double\" and spaces, commas=equals")]
    public void The_resident_is_an_escaped_string_literal(string resident, string literal)
    {
        var plan = SeriesQueryText.Build(resident, SensorMetric.Pulse, From, From.AddHours(1), TimeSpan.FromMinutes(1));

        Assert.Contains($"\"resident\" = '{literal}' AND", plan.InfluxQl, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("two\nlines")]
    [InlineData("nul\0")]
    public void Residents_no_literal_can_hold_are_refused(string resident)
    {
        Assert.ThrowsAny<ArgumentException>(() => SeriesQueryText.Build(resident, SensorMetric.Pulse, From, From.AddHours(1), TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void Ten_thousand_buckets_are_allowed_and_one_more_is_refused()
    {
        var bucket = TimeSpan.FromSeconds(1);

        var plan = SeriesQueryText.Build("r", SensorMetric.Pulse, From, From.AddSeconds(SeriesQueryLimits.MaxBuckets), bucket);
        Assert.Equal(SeriesQueryLimits.MaxBuckets, plan.Buckets);

        var refused = Assert.ThrowsAny<ArgumentException>(() =>
            SeriesQueryText.Build("r", SensorMetric.Pulse, From, From.AddSeconds(SeriesQueryLimits.MaxBuckets + 1), bucket));
        Assert.Contains("10001 buckets", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_not_aligned_to_the_bucket_counts_the_bucket_it_starts_in()
    {
        // 10,000 one-second buckets from half a second into one: 10,001 buckets with the partial first.
        var refused = Assert.ThrowsAny<ArgumentException>(() => SeriesQueryText.Build(
            "r", SensorMetric.Pulse, From.AddMilliseconds(500), From.AddMilliseconds(500).AddSeconds(SeriesQueryLimits.MaxBuckets), TimeSpan.FromSeconds(1)));
        Assert.Contains("10001 buckets", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_and_backward_ranges_are_refused()
    {
        Assert.ThrowsAny<ArgumentException>(() => SeriesQueryText.Build("r", SensorMetric.Pulse, From, From, TimeSpan.FromMinutes(1)));
        Assert.ThrowsAny<ArgumentException>(() => SeriesQueryText.Build("r", SensorMetric.Pulse, From, From.AddHours(-1), TimeSpan.FromMinutes(1)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10_000)]
    [InlineData(5_000)] // half a millisecond
    [InlineData(15_000)] // 1.5 ms
    public void Buckets_must_be_whole_milliseconds_of_at_least_one(long ticks)
    {
        Assert.ThrowsAny<ArgumentException>(() => SeriesQueryText.Build("r", SensorMetric.Pulse, From, From.AddHours(1), TimeSpan.FromTicks(ticks)));
    }

    [Fact]
    public void Unknown_metrics_are_refused()
    {
        Assert.ThrowsAny<ArgumentException>(() => SeriesQueryText.Build("r", (SensorMetric)0, From, From.AddHours(1), TimeSpan.FromMinutes(1)));
    }
}
