using System.Buffers;
using System.Text.Json;

namespace ResponseCentre.Protocol.Telemetry;

/// <summary>Reads and validates a telemetry payload published on a device's telemetry topic.</summary>
public static class TelemetryReader
{
    /// <summary>Reads <paramref name="payload"/> published on the telemetry topic of <paramref name="topicDeviceId"/>.</summary>
    public static ReadResult<TelemetryBatch> Read(string topicDeviceId, ReadOnlySequence<byte> payload)
    {
        if (DeviceMessageChecks.CheckSize(payload) is { } tooLarge)
        {
            return Rejected(tooLarge);
        }

        TelemetryMessage? message;
        try
        {
            message = DeviceMessageChecks.Deserialize(payload, ProtocolJsonContext.Default.TelemetryMessage);
        }
        catch (JsonException ex)
        {
            return Rejected(new(RejectionReason.MalformedPayload, $"not a valid telemetry message: {ex.Message}"));
        }

        if (message is null)
        {
            return Rejected(new(RejectionReason.MalformedPayload, "payload is JSON null"));
        }

        if (DeviceMessageChecks.CheckHeader(topicDeviceId, message.DeviceId, message.MessageId, message.Timestamp) is { } wrong)
        {
            return Rejected(wrong);
        }

        if (message.Readings.Count == 0)
        {
            return Rejected(new(RejectionReason.MalformedPayload, "field 'readings' holds no reading"));
        }

        var readings = new List<TelemetryReading>(message.Readings.Count);
        foreach (var (name, value) in message.Readings)
        {
            var read = ReadValue(name, value);
            if (read.Rejection is { } refused)
            {
                return Rejected(refused);
            }

            readings.Add(read.Message!);
        }

        return ReadResult.Valid<TelemetryBatch>(new TelemetryBatch(message.DeviceId, message.MessageId, message.Timestamp, readings));
    }

    private static ReadResult<TelemetryReading> ReadValue(string name, JsonElement value)
    {
        if (!TelemetryMetrics.TryGet(name, out var metric))
        {
            return ReadResult.Rejected<TelemetryReading>(RejectionReason.UnknownMetric,
                $"reading '{name}' is not a known metric (see TelemetryMetric in docs/protocol.md)");
        }

        double number;
        if (metric.IsBoolean)
        {
            if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                return ReadResult.Rejected<TelemetryReading>(RejectionReason.MalformedPayload, $"reading '{name}' must be true or false");
            }

            number = value.GetBoolean() ? 1 : 0;
        }
        else if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out number))
        {
            return ReadResult.Rejected<TelemetryReading>(RejectionReason.MalformedPayload, $"reading '{name}' must be a number ({metric.Unit})");
        }

        return metric.Accepts(number)
            ? ReadResult.Valid<TelemetryReading>(new TelemetryReading(metric.Metric, number))
            : ReadResult.Rejected<TelemetryReading>(RejectionReason.ValueOutOfRange,
                $"reading '{name}' is {number}; a working sensor reports {metric.Min} to {metric.Max} {metric.Unit}".TrimEnd());
    }

    private static ReadResult<TelemetryBatch> Rejected(ProtocolRejection rejection) => ReadResult.Rejected<TelemetryBatch>(rejection);
}
