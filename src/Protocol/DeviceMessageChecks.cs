using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ResponseCentre.Protocol;

/// <summary>The checks every device message passes, whatever it carries.</summary>
internal static class DeviceMessageChecks
{
    /// <summary>The largest payload accepted, in bytes. Device messages are far smaller.</summary>
    public const int MaxPayloadBytes = 4096;

    /// <summary>The longest device message id accepted.</summary>
    public const int MaxMessageIdLength = 128;

    public static ProtocolRejection? CheckSize(ReadOnlySequence<byte> payload) => payload.Length > MaxPayloadBytes
        ? new ProtocolRejection(RejectionReason.PayloadTooLarge, $"payload is {payload.Length} bytes; the limit is {MaxPayloadBytes}")
        : null;

    public static T? Deserialize<T>(ReadOnlySequence<byte> payload, JsonTypeInfo<T> type)
    {
        var reader = new Utf8JsonReader(payload);
        return JsonSerializer.Deserialize(ref reader, type);
    }

    public static ProtocolRejection? CheckHeader(string topicDeviceId, string deviceId, string messageId, DateTimeOffset timestamp)
    {
        if (deviceId != topicDeviceId)
        {
            return new ProtocolRejection(RejectionReason.DeviceMismatch,
                $"field 'deviceId' is '{deviceId}' but the topic belongs to '{topicDeviceId}'");
        }

        if (string.IsNullOrWhiteSpace(messageId) || messageId.Length > MaxMessageIdLength)
        {
            return new ProtocolRejection(RejectionReason.MalformedPayload, $"field 'messageId' must hold 1 to {MaxMessageIdLength} characters");
        }

        return timestamp == default ? new ProtocolRejection(RejectionReason.MalformedPayload, "field 'timestamp' is missing") : null;
    }
}
