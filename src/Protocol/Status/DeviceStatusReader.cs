using System.Buffers;
using System.Text.Json;

namespace ResponseCentre.Protocol.Status;

/// <summary>Reads and validates a status payload (heartbeat or last-will) published on a device's status topic.</summary>
public static class DeviceStatusReader
{
    /// <summary>The lowest battery level accepted, in percent.</summary>
    public const int MinBattery = 0;

    /// <summary>The highest battery level accepted, in percent.</summary>
    public const int MaxBattery = 100;

    /// <summary>Reads <paramref name="payload"/> published on the status topic of <paramref name="topicDeviceId"/>.</summary>
    public static ReadResult<DeviceStatusMessage> Read(string topicDeviceId, ReadOnlySequence<byte> payload)
    {
        if (DeviceMessageChecks.CheckSize(payload) is { } tooLarge)
        {
            return ReadResult.Rejected<DeviceStatusMessage>(tooLarge);
        }

        DeviceStatusMessage? message;
        try
        {
            message = DeviceMessageChecks.Deserialize(payload, DeviceStatusJsonContext.Default.DeviceStatusMessage);
        }
        catch (JsonException ex) when (ex.Path == "$.state")
        {
            return Malformed("field 'state' must be \"alive\" or \"offline\"");
        }
        catch (JsonException ex) when (ex.Path == "$.mains")
        {
            return Malformed("field 'mains' must be \"on\" or \"off\"");
        }
        catch (JsonException ex) when (ex.Path == "$.battery")
        {
            return Malformed($"field 'battery' must be a whole number of percent, {MinBattery} to {MaxBattery}");
        }
        catch (JsonException ex)
        {
            return Malformed($"not a valid status message: {ex.Message}");
        }

        return message is null ? Malformed("payload is JSON null") : Validate(topicDeviceId, message);
    }

    private static ReadResult<DeviceStatusMessage> Validate(string topicDeviceId, DeviceStatusMessage message)
    {
        if (!Enum.IsDefined(message.State))
        {
            return Malformed("field 'state' must be \"alive\" or \"offline\"");
        }

        if (CheckHeader(topicDeviceId, message) is { } wrong)
        {
            return ReadResult.Rejected<DeviceStatusMessage>(wrong);
        }

        if (message.Mains is { } mains && !Enum.IsDefined(mains))
        {
            return Malformed("field 'mains' must be \"on\" or \"off\"");
        }

        return message.Battery is < MinBattery or > MaxBattery
            ? ReadResult.Rejected<DeviceStatusMessage>(RejectionReason.ValueOutOfRange,
                $"field 'battery' is {message.Battery}; a battery level is {MinBattery} to {MaxBattery} %")
            : ReadResult.Valid(message);
    }

    private static ProtocolRejection? CheckHeader(string topicDeviceId, DeviceStatusMessage message)
    {
        if (message.State == DeviceLinkState.Alive)
        {
            return DeviceMessageChecks.CheckHeader(topicDeviceId, message.DeviceId, message.MessageId ?? "", message.Timestamp ?? default);
        }

        // A last-will is composed once, at connect time, so it may carry no message id or timestamp;
        // what it does carry must still be right.
        return DeviceMessageChecks.CheckHeader(topicDeviceId, message.DeviceId,
            message.MessageId ?? "last-will", message.Timestamp ?? DateTimeOffset.UnixEpoch);
    }

    private static ReadResult<DeviceStatusMessage> Malformed(string detail) =>
        ReadResult.Rejected<DeviceStatusMessage>(RejectionReason.MalformedPayload, detail);
}
