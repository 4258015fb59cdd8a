using System.Globalization;
using System.Text;
using ResponseCentre.Grains.Abstractions.Sensors;

namespace ResponseCentre.TimeSeries.Tests;

public class LineProtocolTests
{
    private static readonly DateTimeOffset At = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123);

    [Theory]
    [InlineData(SensorMetric.Temperature, "temperature")]
    [InlineData(SensorMetric.Motion, "motion")]
    [InlineData(SensorMetric.DoorOpen, "door_open")]
    [InlineData(SensorMetric.BedOccupied, "bed_occupied")]
    [InlineData(SensorMetric.StoveOn, "stove_on")]
    [InlineData(SensorMetric.StoveTemperature, "stove_temperature")]
    [InlineData(SensorMetric.StoveCurrent, "stove_current")]
    [InlineData(SensorMetric.SpO2, "spo2")]
    [InlineData(SensorMetric.Pulse, "pulse")]
    [InlineData(SensorMetric.BloodPressureSystolic, "blood_pressure_systolic")]
    [InlineData(SensorMetric.BloodPressureDiastolic, "blood_pressure_diastolic")]
    [InlineData(SensorMetric.Weight, "weight")]
    [InlineData(SensorMetric.Battery, "battery")]
    [InlineData(SensorMetric.Signal, "signal")]
    public void Each_metric_has_its_own_snake_case_measurement(SensorMetric metric, string measurement)
    {
        Assert.Equal(measurement, LineProtocol.MeasurementOf(metric));
    }

    [Fact]
    public void Every_metric_is_named_and_no_two_share_a_measurement()
    {
        var names = Enum.GetValues<SensorMetric>().Select(LineProtocol.MeasurementOf).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Throws<ArgumentOutOfRangeException>(() => LineProtocol.MeasurementOf((SensorMetric)999));
    }

    [Fact]
    public void A_point_is_one_line_with_sorted_tags_a_float_field_and_a_millisecond_timestamp()
    {
        var line = LineProtocol.Encode(new TelemetryPoint("r-12", "oslo", "stove-7", SensorMetric.StoveTemperature, 212.5, At));

        Assert.Equal("stove_temperature,device=stove-7,resident=r-12,tenant=oslo value=212.5 1700000000123", line);
    }

    [Fact]
    public void Tag_values_escape_commas_equals_signs_and_spaces()
    {
        var line = LineProtocol.Encode(new TelemetryPoint("Anne Ås, room=3", "north,east", "door a=b c", SensorMetric.DoorOpen, 1, At));

        Assert.Equal(@"door_open,device=door\ a\=b\ c,resident=Anne\ Ås\,\ room\=3,tenant=north\,east value=1 1700000000123", line);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", @"a\,b")]
    [InlineData("a=b", @"a\=b")]
    [InlineData("a b", @"a\ b")]
    [InlineData(",= ", @"\,\=\ ")]
    [InlineData("\"quoted\" 'single'", @"""quoted""\ 'single'")]
    [InlineData("Ærlig ølbrygger", @"Ærlig\ ølbrygger")]
    public void Tag_keys_tag_values_and_field_keys_escape_commas_equals_signs_and_spaces(string text, string escaped)
    {
        Assert.Equal(escaped, LineProtocol.EscapeKeyOrTagValue(text));
    }

    [Theory]
    [InlineData("temperature", "temperature")]
    [InlineData("a,b", @"a\,b")]
    [InlineData("a b", @"a\ b")]
    [InlineData("a=b", "a=b")]
    [InlineData("\"q\"", "\"q\"")]
    public void Measurements_escape_commas_and_spaces_only(string name, string escaped)
    {
        Assert.Equal(escaped, LineProtocol.EscapeMeasurement(name));
    }

    [Fact]
    public void A_measurement_cannot_start_like_a_comment()
    {
        Assert.Throws<ArgumentException>(() => LineProtocol.EscapeMeasurement("#temperature"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ends with\\")]
    [InlineData("back\\slash")]
    [InlineData("two\nlines")]
    [InlineData("carriage\rreturn")]
    [InlineData("tab\there")]
    public void Names_line_protocol_cannot_carry_unchanged_are_refused(string text)
    {
        Assert.Throws<ArgumentException>(() => LineProtocol.EscapeKeyOrTagValue(text));
        Assert.Throws<ArgumentException>(() => LineProtocol.EscapeMeasurement(text));
        Assert.Throws<ArgumentException>(() => LineProtocol.Encode(new TelemetryPoint(text, "t", "d", SensorMetric.Pulse, 60, At)));
        Assert.Throws<ArgumentException>(() => LineProtocol.Encode(new TelemetryPoint("r", text, "d", SensorMetric.Pulse, 60, At)));
        Assert.Throws<ArgumentException>(() => LineProtocol.Encode(new TelemetryPoint("r", "t", text, SensorMetric.Pulse, 60, At)));
    }

    [Theory]
    [InlineData(21.0, "21")]
    [InlineData(0.0, "0")]
    [InlineData(-0.0, "-0")]
    [InlineData(1.0, "1")]
    [InlineData(-12.75, "-12.75")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e20, "1E+20")]
    [InlineData(-2.5e-7, "-2.5E-07")]
    [InlineData(double.MaxValue, "1.7976931348623157E+308")]
    public void Values_are_floats_in_the_shortest_round_trip_form_never_the_integer_form(double value, string text)
    {
        var formatted = LineProtocol.FormatFloat(value);

        Assert.Equal(text, formatted);
        Assert.DoesNotContain("i", formatted, StringComparison.Ordinal);
        Assert.Equal(value, double.Parse(formatted, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Values_do_not_follow_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nb-NO");
        try
        {
            Assert.Equal("36.6", LineProtocol.FormatFloat(36.6));
            Assert.Equal("-1.5", LineProtocol.FormatFloat(-1.5));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Values_without_a_line_protocol_form_are_refused(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LineProtocol.FormatFloat(value));
    }

    [Fact]
    public void Timestamps_are_unix_milliseconds_whatever_the_offset()
    {
        var local = new DateTimeOffset(2024, 3, 31, 2, 30, 0, 500, TimeSpan.FromHours(2));

        var line = LineProtocol.Encode(new TelemetryPoint("r", "t", "d", SensorMetric.Motion, 1, local));

        Assert.EndsWith(" 1711845000500", line, StringComparison.Ordinal);
        Assert.Equal(local.ToUnixTimeMilliseconds(), long.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Sub_millisecond_parts_are_dropped_not_rounded()
    {
        var line = LineProtocol.Encode(new TelemetryPoint("r", "t", "d", SensorMetric.Motion, 1, At.AddTicks(9_999)));

        Assert.EndsWith(" 1700000000123", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_append_to_a_buffer_as_they_encode()
    {
        var buffer = new StringBuilder("x\n");

        LineProtocol.Append(buffer, new TelemetryPoint("r", "t", "d", SensorMetric.Battery, 87, At));

        Assert.Equal("x\nbattery,device=d,resident=r,tenant=t value=87 1700000000123", buffer.ToString());
    }
}
