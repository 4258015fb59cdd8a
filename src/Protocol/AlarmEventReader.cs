using System.Buffers;
using System.Text.Json;

namespace ResponseCentre.Protocol;

/// <summary>Reads and validates an alarm event payload published on a device's event topic.</summary>
public static class AlarmEventReader
{
    /// <summary>The largest payload accepted, in bytes. An alarm event is far smaller.</summary>
    public const int MaxPayloadBytes = DeviceMessageChecks.MaxPayloadBytes;

    /// <summary>The longest device message id accepted.</summary>
    public const int MaxMessageIdLength = DeviceMessageChecks.MaxMessageIdLength;

    /// <summary>Reads <paramref name="payload"/> published on the event topic of <paramref name="topicDeviceId"/>.</summary>
    public static ReadResult<AlarmEventMessage> Read(string topicDeviceId, ReadOnlySequence<byte> payload)
    {
        if (DeviceMessageChecks.CheckSize(payload) is { } tooLarge)
        {
            return ReadResult.Rejected<AlarmEventMessage>(tooLarge);
        }

        AlarmEventMessage? message;
        try
        {
            message = DeviceMessageChecks.Deserialize(payload, ProtocolJsonContext.Default.AlarmEventMessage);
        }
        catch (JsonException ex) when (ex.Path == "$.kind")
        {
            return ReadResult.Rejected<AlarmEventMessage>(RejectionReason.UnknownKind,
                "field 'kind' is not a known alarm kind (see AlarmKind in docs/protocol.md)");
        }
        catch (JsonException ex)
        {
            return ReadResult.Rejected<AlarmEventMessage>(RejectionReason.MalformedPayload, $"not a valid alarm event: {ex.Message}");
        }

        return message is null
            ? ReadResult.Rejected<AlarmEventMessage>(RejectionReason.MalformedPayload, "payload is JSON null")
            : Validate(topicDeviceId, message);
    }

    private static ReadResult<AlarmEventMessage> Validate(string topicDeviceId, AlarmEventMessage message)
    {
        if (DeviceMessageChecks.CheckHeader(topicDeviceId, message.DeviceId, message.MessageId, message.Timestamp) is { } wrong)
        {
            return ReadResult.Rejected<AlarmEventMessage>(wrong);
        }

        return Enum.IsDefined(message.Kind)
            ? ReadResult.Valid<AlarmEventMessage>(message)
            : ReadResult.Rejected<AlarmEventMessage>(RejectionReason.UnknownKind, "field 'kind' is not a known alarm kind");
    }
}
