using ResponseCentre.Dashboard.Kpis;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Statistics;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Dashboard.Tests;

/// <summary>The KPI arithmetic on hand-made closed incidents: nearest-rank medians and 90th percentiles, groups, hours and the false-alarm share.</summary>
public sealed class KpiCalculatorTests
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
    private static readonly DateTimeOffset From = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2026, 12, 31, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Noon = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);
    private static int _next;

    /// <summary>A resolved incident raised at <paramref name="raised"/>, with the given seconds to accept, arrive and close.</summary>
    private static ClosedIncident Closed(
        string? team = "team-a", string district = "North", DateTimeOffset? raised = null,
        double? accept = 60, double? arrive = 600, double close = 1200,
        IncidentStatus status = IncidentStatus.Resolved, IncidentOutcome? outcome = IncidentOutcome.HelpGiven)
    {
        var at = raised ?? Noon;
        return new ClosedIncident(
            new IncidentId($"inc-{Interlocked.Increment(ref _next)}"), IncidentKind.Fall, team is null ? null : new TeamId(team), district, at,
            accept is { } a ? at.AddSeconds(a) : null,
            arrive is { } s ? at.AddSeconds(s) : null,
            at.AddSeconds(close), status, status == IncidentStatus.Resolved ? outcome : null);
    }

    private static KpiReport Calculate(params ClosedIncident[] closed) => KpiCalculator.Calculate(closed, From, To, _ => Oslo);

    [Fact]
    public void Empty_input_has_nothing_closed_and_no_false_alarm_share()
    {
        var report = Calculate();

        Assert.Equal(0, report.Closed);
        Assert.Null(report.FalseAlarmShare);
        Assert.Empty(report.ByTeam);
        Assert.Empty(report.ByDistrict);
        Assert.Empty(report.ByHour);
        Assert.Equal((From, To), (report.From, report.To));
    }

    [Fact]
    public void Median_and_p90_of_ten_are_the_fifth_and_ninth_values_in_order()
    {
        // Given out of order: the calculator sorts.
        double[] seconds = [70, 10, 100, 40, 20, 90, 30, 60, 80, 50];

        var report = Calculate([.. seconds.Select(s => Closed(accept: s, arrive: s + 1000, close: s + 2000))]);

        var team = Assert.Single(report.ByTeam);
        Assert.Equal("team-a", team.Key);
        Assert.Equal(10, team.Count);
        Assert.Equal(new KpiFigure(50, 90), team.AcceptSeconds);
        Assert.Equal(new KpiFigure(1050, 1090), team.ArriveSeconds);
        Assert.Equal(new KpiFigure(2050, 2090), team.ResolveSeconds);
    }

    [Theory]
    [InlineData(new double[] { 42 }, 42, 42)]
    [InlineData(new double[] { 10, 20 }, 10, 20)]
    [InlineData(new double[] { 5, 1, 3 }, 3, 5)]
    [InlineData(new double[] { 4, 1, 3, 2 }, 2, 4)]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 }, 6, 10)]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 }, 10, 18)]
    public void Percentiles_are_nearest_rank(double[] acceptSeconds, double median, double p90)
    {
        var report = Calculate([.. acceptSeconds.Select(s => Closed(accept: s))]);

        Assert.Equal(new KpiFigure(median, p90), Assert.Single(report.ByTeam).AcceptSeconds);
    }

    [Fact]
    public void Nearest_rank_p90_of_a_hundred_is_the_ninetieth_value()
    {
        var report = Calculate([.. Enumerable.Range(1, 100).Select(s => Closed(accept: s))]);

        Assert.Equal(new KpiFigure(50, 90), Assert.Single(report.ByTeam).AcceptSeconds);
    }

    [Fact]
    public void Incidents_never_accepted_or_reached_are_left_out_of_those_figures_and_cancelled_ones_out_of_resolve()
    {
        var report = Calculate(
            Closed(accept: 30, arrive: 300, close: 900),
            Closed(accept: null, arrive: null, close: 100, status: IncidentStatus.Cancelled),
            Closed(accept: 90, arrive: null, close: 500));

        var team = Assert.Single(report.ByTeam);
        Assert.Equal(3, team.Count);
        // Accept: [30, 90]; arrive: [300]; resolve: the two resolved, [500, 900].
        Assert.Equal(new KpiFigure(30, 90), team.AcceptSeconds);
        Assert.Equal(new KpiFigure(300, 300), team.ArriveSeconds);
        Assert.Equal(new KpiFigure(500, 900), team.ResolveSeconds);
    }

    [Fact]
    public void Figures_without_any_data_are_null()
    {
        var report = Calculate(Closed(accept: null, arrive: null, close: 100, status: IncidentStatus.Cancelled));

        var team = Assert.Single(report.ByTeam);
        Assert.Equal(new KpiFigure(null, null), team.AcceptSeconds);
        Assert.Equal(new KpiFigure(null, null), team.ArriveSeconds);
        Assert.Equal(new KpiFigure(null, null), team.ResolveSeconds);
    }

    [Fact]
    public void Groups_by_team_and_district_each_with_its_own_figures_in_key_order()
    {
        var report = Calculate(
            Closed(team: "team-b", district: "South", accept: 10),
            Closed(team: "team-a", district: "North", accept: 100),
            Closed(team: "team-b", district: "North", accept: 30),
            Closed(team: "team-a", district: "North", accept: 300),
            Closed(team: "team-b", district: "South", accept: 20),
            Closed(team: null, district: "", accept: 5));

        Assert.Equal(["(no team)", "team-a", "team-b"], report.ByTeam.Select(g => g.Key));
        Assert.Equal([1, 2, 3], report.ByTeam.Select(g => g.Count));
        Assert.Equal(new KpiFigure(5, 5), report.ByTeam[0].AcceptSeconds);
        Assert.Equal(new KpiFigure(100, 300), report.ByTeam[1].AcceptSeconds);
        Assert.Equal(new KpiFigure(20, 30), report.ByTeam[2].AcceptSeconds);
        Assert.Equal(["(no district)", "North", "South"], report.ByDistrict.Select(g => g.Key));
        Assert.Equal([1, 3, 2], report.ByDistrict.Select(g => g.Count));
        Assert.Equal(new KpiFigure(100, 300), report.ByDistrict[1].AcceptSeconds);
        Assert.Equal(new KpiFigure(10, 20), report.ByDistrict[2].AcceptSeconds);
        Assert.Equal(6, report.Closed);
    }

    [Theory]
    // Winter: Oslo is UTC+1.
    [InlineData("2026-01-15T05:10:00Z", "06")]
    [InlineData("2026-01-15T22:59:59Z", "23")]
    [InlineData("2026-01-15T23:30:00Z", "00")]
    // Summer: Oslo is UTC+2.
    [InlineData("2026-07-15T05:10:00Z", "07")]
    [InlineData("2026-07-15T21:59:59Z", "23")]
    [InlineData("2026-07-15T22:30:00Z", "00")]
    // The spring change (2026-03-29 01:00Z): 02:00 local is skipped.
    [InlineData("2026-03-29T00:30:00Z", "01")]
    [InlineData("2026-03-29T01:30:00Z", "03")]
    // The autumn change (2026-10-25 01:00Z): 02:00 local comes twice.
    [InlineData("2026-10-25T00:30:00Z", "02")]
    [InlineData("2026-10-25T01:30:00Z", "02")]
    public void Hour_is_the_hour_raised_on_the_tenant_s_clock(string raisedUtc, string hour)
    {
        var raised = DateTimeOffset.Parse(raisedUtc, System.Globalization.CultureInfo.InvariantCulture);

        var report = Calculate(Closed(raised: raised));

        Assert.Equal(hour, Assert.Single(report.ByHour).Key);
    }

    [Fact]
    public void Hour_uses_each_incident_s_own_time_zone()
    {
        var raised = new DateTimeOffset(2026, 7, 15, 10, 15, 0, TimeSpan.Zero);
        var utcIncident = Closed(raised: raised, accept: 10);
        var osloIncident = Closed(raised: raised, accept: 20);

        var report = KpiCalculator.Calculate([utcIncident, osloIncident], From, To, c => c == utcIncident ? TimeZoneInfo.Utc : Oslo);

        Assert.Equal(["10", "12"], report.ByHour.Select(g => g.Key));
        Assert.Equal(new KpiFigure(10, 10), report.ByHour[0].AcceptSeconds);
        Assert.Equal(new KpiFigure(20, 20), report.ByHour[1].AcceptSeconds);
    }

    [Fact]
    public void Hours_are_keyed_with_two_digits_and_ordered()
    {
        var report = Calculate(
            Closed(raised: new DateTimeOffset(2026, 1, 15, 14, 0, 0, TimeSpan.Zero)),
            Closed(raised: new DateTimeOffset(2026, 1, 15, 8, 0, 0, TimeSpan.Zero)),
            Closed(raised: new DateTimeOffset(2026, 1, 15, 8, 30, 0, TimeSpan.Zero)));

        Assert.Equal(["09", "15"], report.ByHour.Select(g => g.Key));
        Assert.Equal([2, 1], report.ByHour.Select(g => g.Count));
    }

    [Fact]
    public void False_alarm_share_counts_false_alarms_and_cancellations()
    {
        var report = Calculate(
            Closed(outcome: IncidentOutcome.FalseAlarm),
            Closed(accept: null, arrive: null, close: 40, status: IncidentStatus.Cancelled),
            Closed(outcome: IncidentOutcome.HelpGiven),
            Closed(outcome: IncidentOutcome.NoHelpNeeded),
            Closed(outcome: IncidentOutcome.HandedToEmergencyServices),
            Closed(outcome: IncidentOutcome.HelpGiven),
            Closed(outcome: IncidentOutcome.TechnicalFix),
            Closed(outcome: IncidentOutcome.ClearedItself));

        Assert.Equal(8, report.Closed);
        Assert.Equal(0.25, report.FalseAlarmShare);
    }

    [Fact]
    public void False_alarm_share_is_zero_not_null_when_none_was_false()
    {
        var report = Calculate(Closed(outcome: IncidentOutcome.HelpGiven));

        Assert.Equal(0.0, report.FalseAlarmShare);
    }
}
