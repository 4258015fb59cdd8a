namespace ResponseCentre.Protocol;

/// <summary>Why the centre refused a device message. Each maps to one MQTT 5 PUBACK reason code.</summary>
public enum RejectionReason
{
    /// <summary>The topic is not one a device may publish on (PUBACK 0x90 topic name invalid).</summary>
    UnknownTopic = 1,

    /// <summary>The payload is larger than <see cref="AlarmEventReader.MaxPayloadBytes"/> (PUBACK 0x97 quota exceeded).</summary>
    PayloadTooLarge,

    /// <summary>The payload is not a JSON alarm event, or a field is missing or invalid (PUBACK 0x99 payload format invalid).</summary>
    MalformedPayload,

    /// <summary>The kind is not one listed in <see cref="AlarmKind"/> (PUBACK 0x99 payload format invalid).</summary>
    UnknownKind,

    /// <summary>The payload's device id differs from the topic's (PUBACK 0x87 not authorised).</summary>
    DeviceMismatch,

    /// <summary>The device is not registered with the centre (PUBACK 0x87 not authorised).</summary>
    UnknownDevice,

    /// <summary>A telemetry reading names no metric in the catalogue (PUBACK 0x99 payload format invalid).</summary>
    UnknownMetric,

    /// <summary>A telemetry reading lies outside what a working sensor can report (PUBACK 0x99 payload format invalid).</summary>
    ValueOutOfRange,

    /// <summary>The topic belongs to another device, or to no device this client may speak for (PUBACK 0x87 not authorised).</summary>
    ForeignTopic,

    /// <summary>The device's timestamp is too far in the future, or older than the centre accepts (PUBACK 0x99 payload format invalid).</summary>
    TimestampOutOfRange,

    /// <summary>The device publishes faster than its rate limit allows (PUBACK 0x97 quota exceeded).</summary>
    RateLimited,

    /// <summary>The centre is overloaded and sheds telemetry so alarms keep flowing; send it again later (PUBACK 0x97 quota exceeded).</summary>
    Overloaded,
}
