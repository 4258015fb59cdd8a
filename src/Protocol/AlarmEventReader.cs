using System.Buffers;
using System.Text.Json;

namespace ResponseCentre.Protocol;

/// <summary>Reads and validates an alarm event payload published on a device's event topic.</summary>
public static class AlarmEventReader
{
    /// <summary>The largest payload accepted, in bytes. An alarm event is far smaller.</summary>
    public const int MaxPayloadBytes = 4096;

    /// <summary>The longest device message id accepted.</summary>
    public const int MaxMessageIdLength = 128;

    /// <summary>Reads <paramref name="payload"/> published on the event topic of <paramref name="topicDeviceId"/>.</summary>
    public static AlarmEventReadResult Read(string topicDeviceId, ReadOnlySequence<byte> payload)
    {
        if (payload.Length > MaxPayloadBytes)
        {
            return AlarmEventReadResult.Rejected(RejectionReason.PayloadTooLarge,
                $"payload is {payload.Length} bytes; the limit is {MaxPayloadBytes}");
        }

        AlarmEventMessage? message;
        try
        {
            var reader = new Utf8JsonReader(payload);
            message = JsonSerializer.Deserialize(ref reader, ProtocolJsonContext.Default.AlarmEventMessage);
        }
        catch (JsonException ex) when (ex.Path == "$.kind")
        {
            return AlarmEventReadResult.Rejected(RejectionReason.UnknownKind,
                "field 'kind' is not a known alarm kind (see AlarmKind in docs/protocol.md)");
        }
        catch (JsonException ex)
        {
            return AlarmEventReadResult.Rejected(RejectionReason.MalformedPayload, $"not a valid alarm event: {ex.Message}");
        }

        return message is null
            ? AlarmEventReadResult.Rejected(RejectionReason.MalformedPayload, "payload is JSON null")
            : Validate(topicDeviceId, message);
    }

    private static AlarmEventReadResult Validate(string topicDeviceId, AlarmEventMessage message)
    {
        if (message.DeviceId != topicDeviceId)
        {
            return AlarmEventReadResult.Rejected(RejectionReason.DeviceMismatch,
                $"field 'deviceId' is '{message.DeviceId}' but the topic belongs to '{topicDeviceId}'");
        }

        if (string.IsNullOrWhiteSpace(message.MessageId) || message.MessageId.Length > MaxMessageIdLength)
        {
            return AlarmEventReadResult.Rejected(RejectionReason.MalformedPayload,
                $"field 'messageId' must hold 1 to {MaxMessageIdLength} characters");
        }

        if (!Enum.IsDefined(message.Kind))
        {
            return AlarmEventReadResult.Rejected(RejectionReason.UnknownKind, "field 'kind' is not a known alarm kind");
        }

        return message.Timestamp == default
            ? AlarmEventReadResult.Rejected(RejectionReason.MalformedPayload, "field 'timestamp' is missing")
            : AlarmEventReadResult.Valid(message);
    }
}
