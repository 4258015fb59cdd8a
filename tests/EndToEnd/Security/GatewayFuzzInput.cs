using System.Globalization;
using System.Text;
using CsCheck;
using ResponseCentre.Protocol;

namespace ResponseCentre.EndToEnd.Tests.Security;

/// <summary>One publish the fuzzer makes: from fuzz device <see cref="Device"/>, or a valid alarm from the separate device when it is -1.</summary>
internal sealed record FuzzPublish(int Device, string Topic, byte[] Payload, string Shape)
{
    public bool IsValidAlarm => Device < 0;

    public override string ToString() => IsValidAlarm
        ? "valid alarm from the separate device"
        : string.Create(CultureInfo.InvariantCulture,
            $"fuzz device #{Device} publishes {Payload.Length} bytes ({Shape}) on '{Shorten(Topic, 160)}': {Shorten(Encoding.UTF8.GetString(Payload), 400)}");

    private static string Shorten(string text, int max)
    {
        var escaped = new StringBuilder();
        foreach (var c in text.Length > max ? text[..max] : text)
        {
            escaped.Append(c is < ' ' or > '~' ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}") : c.ToString());
        }

        return text.Length > max ? escaped + string.Create(CultureInfo.InvariantCulture, $"... ({text.Length} chars)") : escaped.ToString();
    }
}

/// <summary>
/// CsCheck generators of what a broken, confused or hostile device might send: valid alarm,
/// telemetry and status JSON mutated field by field and byte by byte, and topics under and outside
/// rc/v1/devices/. Everything is derived from CsCheck's seed, so a failing run replays.
/// </summary>
internal static class GatewayFuzzInput
{
    private static readonly string[] Suffixes = [Topics.EventsSuffix, Topics.TelemetrySuffix, Topics.StatusSuffix, Topics.AcksSuffix];

    private static readonly string[] OtherDevices = ["sim-0001", "pendant-0001", "fall-0001", "smoke-0003", "sim-0760", "sim-0799", "zz-unknown"];

    private static readonly string[] OddTopics =
    [
        "", "/", "//", "#", "+", "rc", "rc/v1", "rc/v1/devices", "rc/v1/devices/", "rc/v1/devices//events", "rc/v1/devices/+/events",
        "rc/v1/devices/#", "rc/v2/devices/sim-0750/events", "RC/V1/DEVICES/SIM-0750/EVENTS", "$SYS/broker/load", "$share/g/rc/v1/devices/sim-0750/events",
        "zigbee2mqtt/bridge/state", "zigbee2mqtt/sim-0750", "zigbee2mqtt/sim-0750/set", "rc/v1/devices/sim-0750/events/extra",
        "rc/v1/devices/sim-0750/events/", "rc/v1/devices/../events", "rc/v1/devices/sim-0750\u0000/events", "rc/v1/devices/sim\u00e9-0750/events",
    ];

    private static readonly string[] WrongTypes =
    [
        "null", "true", "false", "0", "-1", "[]", "{}", "\"\"", "\" \"", "[1,2,3]", "{\"x\":1}", "[null]", "\"fall\"", "\"push_button\"",
        "\"FALL\"", "\"cancel\"", "\"Fall\"", "1", "12", "\"alive\"", "\"offline\"", "\"on\"", "\"sim-0001\"", "\"sim-0760\"",
    ];

    private static readonly string[] HugeNumbers =
    [
        "1e999", "-1e999", "1e308", "1.7976931348623157e308", "1.7976931348623157e309", "4.9e-325", "-0", "0.0000000000000000000000000001",
        "9223372036854775808", "-9223372036854775809", "18446744073709551616", "2147483648", "-2147483649", "NaN", "Infinity", "-Infinity",
        "01", "1.", ".5", "+1", "0x10", "1e", "1e+", "--1",
    ];

    private static readonly string[] Timestamps =
    [
        "\"0001-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"", "\"2026-02-30T00:00:00Z\"", "\"2026-11-22T21:00:00\"", "\"not a date\"", "\"\"",
        "\"1970-01-01T00:00:00Z\"", "\"2026-11-22T25:61:61Z\"", "\"2026-11-22T21:00:00+25:00\"", "1732300000", "\"\\u0032026-01-01T00:00:00Z\"",
    ];

    private static readonly string[] ReadingsValues =
    [
        "{\"temperature\":1e999}", "{\"temperature\":-1e308}", "{\"spo2\":true}", "{\"stove_on\":1}", "{}", "{\"temperature\":21.5,\"temperature\":99}",
        "{\"unknown_metric\":1}", "{\"temperature\":\"21.5\"}", "{\"temperature\":null}", "{\"battery\":101}", "{\"signal\":-140,\"spo2\":50,\"pulse\":250}",
        "[{\"temperature\":21.5}]", "{\"\":1}",
    ];

    private static readonly byte[][] BadUtf8 = [[0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x00], [0xE2, 0x82], [0xFE, 0xFF], [0xEF, 0xBB, 0xBF]];

    /// <summary>A publish: mostly from one of <paramref name="fuzzDevices"/>, one in twenty a valid alarm from the separate device.</summary>
    public static Gen<FuzzPublish> Publish(IReadOnlyList<string> fuzzDevices) => Gen.Frequency(
        (1, Gen.Const(new FuzzPublish(-1, "", [], "valid alarm"))),
        (19, Gen.Int[0, fuzzDevices.Count - 1].SelectMany(device => Gen.Select(
            Topic(fuzzDevices[device]), Payload(fuzzDevices[device]),
            (topic, payload) => new FuzzPublish(device, topic, payload.Bytes, payload.Shape)))));

    private static Gen<string> Topic(string deviceId) => Gen.Frequency(
        (30, Gen.Const(Topics.DeviceEvents(deviceId))),
        (15, Gen.Const(Topics.DeviceTelemetry(deviceId))),
        (8, Gen.Const(Topics.DeviceStatus(deviceId))),
        (3, Gen.Const(Topics.DeviceAcks(deviceId))),
        (6, Gen.Select(Gen.OneOf(OtherDevices), Gen.OneOf(Suffixes), (other, suffix) => Topics.DevicePrefix + other + suffix)),
        (6, Gen.Select(Text("abcdefghijklmnopqrstuvwxyz0123456789-_./+# $", 0, 70), Gen.OneOf([.. Suffixes, "", "/", "/x/y"]),
            (segment, suffix) => Topics.DevicePrefix + segment + suffix)),
        (4, Text(Printable, 1, 80)),
        (3, Unicode(1, 40)),
        (2, Gen.Int[200, 4000].Select(n => Topics.DevicePrefix + new string('a', n) + Topics.EventsSuffix)),
        (4, Gen.OneOf(OddTopics)));

    private sealed record Shaped(byte[] Bytes, string Shape);

    private sealed record Field(string Name, string Raw);

    private static Gen<Shaped> Payload(string deviceId) => Gen.Frequency(
        (4, Template(deviceId).Select(t => new Shaped(Render(t.Fields), t.Kind + ", unchanged"))),
        (30, Gen.Select(Template(deviceId), FieldMutation.List[1, 3], (t, mutations) =>
            new Shaped(Render(mutations.Aggregate(t.Fields, (fields, m) => m.Apply(fields))), t.Kind + ": " + string.Join(", ", mutations.Select(m => m.Shape))))),
        (25, Gen.Select(Template(deviceId), FieldMutation.List[0, 2], ByteMutation, (t, mutations, bytes) =>
            new Shaped(bytes.Apply(Render(mutations.Aggregate(t.Fields, (fields, m) => m.Apply(fields)))),
                t.Kind + ": " + string.Join(", ", mutations.Select(m => m.Shape).Append(bytes.Shape))))),
        (4, Gen.Const(new Shaped([], "empty"))),
        (6, Gen.Byte.Array[1, 512].Select(b => new Shaped(b, "random bytes"))),
        (2, Gen.Byte.Array[3000, 9000].Select(b => new Shaped(b, "many random bytes"))),
        (3, Gen.OneOf("null", "[]", "{}", "\"text\"", "0", "true", "[{}]", "{\"a\":}", "{{}}", "\uFEFF{}").Select(j => new Shaped(Encoding.UTF8.GetBytes(j), "bare JSON value"))),
        (4, Gen.Select(Template(deviceId), Gen.Int[1, 5000], Gen.Bool, (t, depth, array) =>
            new Shaped(Encoding.UTF8.GetBytes(Nest(Encoding.UTF8.GetString(Render(t.Fields)), depth, array)), string.Create(CultureInfo.InvariantCulture, $"{t.Kind} nested {depth} deep")))),
        (2, Gen.Int[100, 6000].Select(n => new Shaped(Encoding.UTF8.GetBytes(new string('9', n)), "a huge number alone"))));

    private static Gen<(string Kind, Field[] Fields)> Template(string deviceId) =>
        Gen.Select(Gen.Int[0, 2], Gen.Int[1, 1_000_000], Gen.OneOf("push_button", "fall", "smoke", "water_leak", "cancel"), (which, n, kind) =>
        {
            var messageId = "\"fz-" + n.ToString(CultureInfo.InvariantCulture) + "\"";
            var now = "\"" + DevicePayloads.Iso(DateTimeOffset.UtcNow) + "\"";
            var device = "\"" + deviceId + "\"";
            return which switch
            {
                0 => ("alarm", new Field[] { new("deviceId", device), new("messageId", messageId), new("kind", "\"" + kind + "\""), new("timestamp", now) }),
                1 => ("telemetry", new Field[] { new("deviceId", device), new("messageId", messageId), new("timestamp", now), new("readings", "{\"temperature\":21.5,\"battery\":80}") }),
                _ => ("status", new Field[]
                {
                    new("deviceId", device), new("messageId", messageId), new("timestamp", now), new("state", "\"alive\""), new("battery", "80"),
                    new("mains", "\"on\""), new("tamper", "false"),
                }),
            };
        });

    private sealed record Mutation<T>(string Shape, Func<T, T> Apply);

    /// <summary>A change to one field (picked by index modulo the field count): a new value, removal, duplication, or an extra field.</summary>
    private static Gen<Mutation<Field[]>> FieldMutation => Gen.Frequency(
        (10, Gen.Select(Gen.Int[0, 7], FieldValue, (index, value) => new Mutation<Field[]>(
            "field #" + index.ToString(CultureInfo.InvariantCulture) + " := " + value.Shape,
            fields => [.. fields.Select((f, i) => i == index % fields.Length ? f with { Raw = value.Raw } : f)]))),
        (2, Gen.Int[0, 7].Select(index => new Mutation<Field[]>(
            "field #" + index.ToString(CultureInfo.InvariantCulture) + " removed",
            fields => [.. fields.Where((_, i) => i != index % fields.Length)]))),
        (2, Gen.Select(Gen.Int[0, 7], FieldValue, (index, value) => new Mutation<Field[]>(
            "field #" + index.ToString(CultureInfo.InvariantCulture) + " duplicated as " + value.Shape,
            fields => [.. fields, fields[index % fields.Length] with { Raw = value.Raw }]))),
        (1, Gen.Select(Text(Printable, 0, 20), FieldValue, (name, value) => new Mutation<Field[]>(
            "extra field " + value.Shape,
            fields => [.. fields, new Field(name.Replace("\"", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal), value.Raw)]))));

    private static Gen<(string Raw, string Shape)> FieldValue => Gen.Frequency(
        (4, Gen.OneOf(WrongTypes).Select(v => (v, "wrong type"))),
        (4, Gen.OneOf(HugeNumbers).Select(v => (v, "odd number"))),
        (2, Gen.Select(Gen.Int[20, 3000], Gen.Bool, (n, negative) => ((negative ? "-" : "") + new string('9', n) + ".5e" + n.ToString(CultureInfo.InvariantCulture), "huge number"))),
        (3, Gen.OneOf(Timestamps).Select(v => (v, "odd timestamp"))),
        (3, Gen.Int[-200_000, 200_000].Select(minutes =>
            ("\"" + DevicePayloads.Iso(DateTimeOffset.UtcNow.AddMinutes(minutes)) + "\"", "timestamp " + minutes.ToString(CultureInfo.InvariantCulture) + " min away"))),
        (3, Gen.OneOf(ReadingsValues).Select(v => (v, "odd readings"))),
        (3, Gen.Select(Gen.Int[1, 3000], Gen.Bool, (depth, array) => (Nest("1", depth, array), "nested " + depth.ToString(CultureInfo.InvariantCulture) + " deep"))),
        (4, Unicode(0, 64).Select(s => (JsonString(s), "unicode string"))),
        (2, Gen.Int[100, 3000].Select(n => ("\"" + new string('m', n) + "\"", "long string"))),
        (1, Gen.OneOf("\"\\u0000\"", "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"\\u202e\"", "\"\u202emalicious\"", "\"\ud83d\udea8\"", "\"\\\"", "\"\\x41\"", "\"\n\"")
            .Select(v => (v, "odd escape"))));

    /// <summary>A change to the rendered bytes: flips, truncation, duplication, padding past the limit, or invalid UTF-8.</summary>
    private static Gen<Mutation<byte[]>> ByteMutation => Gen.Frequency(
        (5, Gen.Select(Gen.Int[0, int.MaxValue].Array[1, 16], Gen.Byte[1, 255], (positions, mask) => new Mutation<byte[]>(
            positions.Length.ToString(CultureInfo.InvariantCulture) + " byte flips",
            bytes =>
            {
                var copy = (byte[])bytes.Clone();
                foreach (var position in positions.Where(_ => copy.Length > 0))
                {
                    copy[position % copy.Length] ^= mask;
                }

                return copy;
            }))),
        (4, Gen.Int[0, int.MaxValue].Select(cut => new Mutation<byte[]>("truncated", bytes => bytes[..(cut % (bytes.Length + 1))]))),
        (3, Gen.Int[2, 40].Select(times => new Mutation<byte[]>(
            "repeated " + times.ToString(CultureInfo.InvariantCulture) + " times", bytes => [.. Enumerable.Repeat(bytes, times).SelectMany(b => b)]))),
        (3, Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[1, 64], Gen.Int[1, 200], (start, length, times) => new Mutation<byte[]>(
            "slice repeated " + times.ToString(CultureInfo.InvariantCulture) + " times",
            bytes =>
            {
                var from = start % (bytes.Length + 1);
                var slice = bytes[from..Math.Min(bytes.Length, from + length)];
                return [.. bytes[..from], .. Enumerable.Repeat(slice, times).SelectMany(b => b), .. bytes[from..]];
            }))),
        (2, Gen.Int[4097, 20_000].Select(size => new Mutation<byte[]>(
            "padded to " + size.ToString(CultureInfo.InvariantCulture) + " bytes", bytes => bytes.Length >= size ? bytes : DevicePayloads.PaddedTo(bytes, size)))),
        (3, Gen.Select(Gen.Int[0, int.MaxValue], Gen.OneOf(BadUtf8), (position, bad) => new Mutation<byte[]>(
            "invalid UTF-8 inserted", bytes =>
            {
                var at = position % (bytes.Length + 1);
                return [.. bytes[..at], .. bad, .. bytes[at..]];
            }))));

    private const string Printable = " !\"$%&'()*,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

    private static Gen<string> Text(string alphabet, int min, int max) => Gen.Char[alphabet].Array[min, max].Select(chars => new string(chars));

    /// <summary>Any UTF-16 code units, lone surrogates and control characters included.</summary>
    private static Gen<string> Unicode(int min, int max) => Gen.Char[(char)1, char.MaxValue].Array[min, max].Select(chars => new string(chars));

    private static byte[] Render(Field[] fields) =>
        Encoding.UTF8.GetBytes("{" + string.Join(",", fields.Select(f => "\"" + f.Name + "\":" + f.Raw)) + "}");

    private static string Nest(string inner, int depth, bool array) => array
        ? new string('[', depth) + inner + new string(']', depth)
        : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + inner + new string('}', depth);

    /// <summary>A JSON string literal: quotes, backslashes, control characters and surrogates escaped, the rest raw UTF-8.</summary>
    private static string JsonString(string text)
    {
        var json = new StringBuilder("\"");
        foreach (var c in text)
        {
            json.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c < ' ' || char.IsSurrogate(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => c.ToString(),
            });
        }

        return json.Append('"').ToString();
    }
}
