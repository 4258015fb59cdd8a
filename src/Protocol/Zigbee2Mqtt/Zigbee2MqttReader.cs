using System.Buffers;
using System.Text.Json;
using ResponseCentre.Protocol.Telemetry;

namespace ResponseCentre.Protocol.Zigbee2Mqtt;

/// <summary>
/// Reads the fields of zigbee2mqtt's device state payloads that off-the-shelf home sensors use:
/// <c>occupancy</c>, <c>contact</c>, <c>temperature</c>, <c>battery</c> (readings), <c>water_leak</c>,
/// <c>smoke</c>, and an SOS button's <c>action</c> (alarms). Other fields are ignored: zigbee2mqtt
/// reports many (link quality, voltage, update state) that the centre has no use for.
/// </summary>
public static class Zigbee2MqttReader
{
    private static readonly HashSet<string> SosActions = new(StringComparer.OrdinalIgnoreCase) { "emergency", "sos", "panic" };

    /// <summary>Reads a state payload; refuses what is not a JSON object or holds a field of the wrong type or range.</summary>
    public static ReadResult<Zigbee2MqttState> Read(ReadOnlySequence<byte> payload)
    {
        if (DeviceMessageChecks.CheckSize(payload) is { } tooLarge)
        {
            return ReadResult.Rejected<Zigbee2MqttState>(tooLarge);
        }

        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(payload);
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException ex)
        {
            return ReadResult.Rejected<Zigbee2MqttState>(RejectionReason.MalformedPayload, $"not a zigbee2mqtt state: {ex.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return ReadResult.Rejected<Zigbee2MqttState>(RejectionReason.MalformedPayload, "a zigbee2mqtt state is a JSON object");
            }

            return ReadState(document.RootElement);
        }
    }

    private static ReadResult<Zigbee2MqttState> ReadState(JsonElement state)
    {
        var readings = new List<TelemetryReading>();
        var alarms = new List<AlarmKind>();
        foreach (var field in state.EnumerateObject())
        {
            var problem = field.Name switch
            {
                "occupancy" => AddBoolean(field, TelemetryMetric.Motion, negate: false, readings),
                // zigbee2mqtt's contact is true when the magnet is near: the door is closed.
                "contact" => AddBoolean(field, TelemetryMetric.DoorOpen, negate: true, readings),
                "temperature" => AddNumber(field, TelemetryMetric.Temperature, readings),
                "battery" => AddNumber(field, TelemetryMetric.Battery, readings),
                "water_leak" => AddAlarm(field, AlarmKind.WaterLeak, alarms),
                "smoke" => AddAlarm(field, AlarmKind.Smoke, alarms),
                "action" when field.Value.ValueKind == JsonValueKind.String && SosActions.Contains(field.Value.GetString()!) =>
                    Added(alarms, AlarmKind.PushButton),
                _ => null,
            };
            if (problem is not null)
            {
                return ReadResult.Rejected<Zigbee2MqttState>(problem);
            }
        }

        return ReadResult.Valid(new Zigbee2MqttState(readings, alarms));
    }

    private static ProtocolRejection? AddBoolean(JsonProperty field, TelemetryMetric metric, bool negate, List<TelemetryReading> readings)
    {
        if (field.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            return new ProtocolRejection(RejectionReason.MalformedPayload, $"field '{field.Name}' must be true or false");
        }

        readings.Add(new TelemetryReading(metric, field.Value.GetBoolean() ^ negate ? 1 : 0));
        return null;
    }

    private static ProtocolRejection? AddNumber(JsonProperty field, TelemetryMetric metric, List<TelemetryReading> readings)
    {
        if (field.Value.ValueKind != JsonValueKind.Number || !field.Value.TryGetDouble(out var value))
        {
            return new ProtocolRejection(RejectionReason.MalformedPayload, $"field '{field.Name}' must be a number");
        }

        var definition = TelemetryMetrics.Of(metric);
        if (!definition.Accepts(value))
        {
            return new ProtocolRejection(RejectionReason.ValueOutOfRange,
                $"field '{field.Name}' is {value}; a working sensor reports {definition.Min} to {definition.Max} {definition.Unit}".TrimEnd());
        }

        readings.Add(new TelemetryReading(metric, value));
        return null;
    }

    private static ProtocolRejection? AddAlarm(JsonProperty field, AlarmKind kind, List<AlarmKind> alarms)
    {
        if (field.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            return new ProtocolRejection(RejectionReason.MalformedPayload, $"field '{field.Name}' must be true or false");
        }

        return field.Value.GetBoolean() ? Added(alarms, kind) : null;
    }

    private static ProtocolRejection? Added(List<AlarmKind> alarms, AlarmKind kind)
    {
        alarms.Add(kind);
        return null;
    }
}
