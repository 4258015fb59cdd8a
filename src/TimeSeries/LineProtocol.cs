using System.Globalization;
using System.Text;
using ResponseCentre.Grains.Abstractions.Sensors;

namespace ResponseCentre.TimeSeries;

/// <summary>
/// InfluxDB line protocol for telemetry: one measurement per metric (snake_case), tags
/// <c>device</c>, <c>resident</c>, <c>tenant</c> (sorted by key, as InfluxDB prefers), one float field
/// <c>value</c>, a timestamp in milliseconds (written with <c>precision=ms</c>):
/// <code>stove_temperature,device=stove-7,resident=r-12,tenant=oslo value=212.5 1700000000123</code>
/// Escaping: measurements escape commas and spaces; tag keys, tag values and field keys escape commas,
/// equals signs and spaces, each with a backslash. A backslash itself has no escape that InfluxDB 1.x
/// undoes (<c>a\\</c> is stored as two backslashes, and one before a delimiter swallows it), and a
/// line break or other control character ends or corrupts the line, so names holding them are refused
/// rather than stored wrongly. Empty tag values are refused too (InfluxDB drops or rejects them).
/// There are no string fields; values are floats, never the integer form (<c>1i</c>), so a metric's
/// field keeps one type whatever the device sends. NaN and infinities have no line-protocol form.
/// </summary>
public static class LineProtocol
{
    /// <summary>The one field of every telemetry measurement.</summary>
    public const string FieldKey = "value";

    /// <summary>The measurement a metric's points go to.</summary>
    public static string MeasurementOf(SensorMetric metric) => metric switch
    {
        SensorMetric.Temperature => "temperature",
        SensorMetric.Motion => "motion",
        SensorMetric.DoorOpen => "door_open",
        SensorMetric.BedOccupied => "bed_occupied",
        SensorMetric.StoveOn => "stove_on",
        SensorMetric.StoveTemperature => "stove_temperature",
        SensorMetric.StoveCurrent => "stove_current",
        SensorMetric.SpO2 => "spo2",
        SensorMetric.Pulse => "pulse",
        SensorMetric.BloodPressureSystolic => "blood_pressure_systolic",
        SensorMetric.BloodPressureDiastolic => "blood_pressure_diastolic",
        SensorMetric.Weight => "weight",
        SensorMetric.Battery => "battery",
        SensorMetric.Signal => "signal",
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "not a known sensor metric"),
    };

    /// <summary>One point as one line, without the line break.</summary>
    public static string Encode(TelemetryPoint point)
    {
        var line = new StringBuilder(128);
        Append(line, point);
        return line.ToString();
    }

    /// <summary>Appends one point's line, without the line break. Throws <see cref="ArgumentException"/> for a point that cannot be written.</summary>
    public static void Append(StringBuilder line, TelemetryPoint point)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(point);
        line.Append(MeasurementOf(point.Metric));
        AppendTag(line, "device", point.Device);
        AppendTag(line, "resident", point.Resident);
        AppendTag(line, "tenant", point.Tenant);
        line.Append(' ').Append(FieldKey).Append('=').Append(FormatFloat(point.Value));
        line.Append(' ').Append(point.Timestamp.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A measurement name as written: commas and spaces escaped.</summary>
    public static string EscapeMeasurement(string name)
    {
        Check(name, nameof(name));
        if (name[0] == '#')
        {
            // A line starting with '#' is a comment, and no escape prevents that.
            throw new ArgumentException("A measurement cannot start with '#'.", nameof(name));
        }

        return Escape(name, escapeEquals: false);
    }

    /// <summary>A tag key, tag value or field key as written: commas, equals signs and spaces escaped.</summary>
    public static string EscapeKeyOrTagValue(string text)
    {
        Check(text, nameof(text));
        return Escape(text, escapeEquals: true);
    }

    /// <summary>A float field value: invariant culture, shortest round-trip form, never the integer form.</summary>
    public static string FormatFloat(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Line protocol has no form for NaN or infinity.");
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    private static void AppendTag(StringBuilder line, string key, string value)
    {
        line.Append(',').Append(key).Append('=').Append(EscapeKeyOrTagValue(value));
    }

    private static void Check(string text, string parameter)
    {
        if (string.IsNullOrEmpty(text))
        {
            throw new ArgumentException("Line protocol names and tag values cannot be empty.", parameter);
        }

        foreach (var c in text)
        {
            if (c == '\\' || char.IsControl(c))
            {
                throw new ArgumentException(
                    $"'{text.ReplaceLineEndings(" ")}' has a backslash or control character, which line protocol cannot carry unchanged.", parameter);
            }
        }
    }

    private static string Escape(string text, bool escapeEquals)
    {
        if (text.AsSpan().IndexOfAny(escapeEquals ? ", =" : ", ") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is ',' or ' ' || (escapeEquals && c == '='))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
