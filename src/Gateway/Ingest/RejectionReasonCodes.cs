using MQTTnet.Protocol;
using ResponseCentre.Protocol;

namespace ResponseCentre.Gateway.Ingest;

/// <summary>The MQTT 5 PUBACK reason code for each way a publish can be refused.</summary>
internal static class RejectionReasonCodes
{
    public static MqttPubAckReasonCode For(RejectionReason reason) => reason switch
    {
        RejectionReason.UnknownTopic => MqttPubAckReasonCode.TopicNameInvalid,
        RejectionReason.PayloadTooLarge or RejectionReason.RateLimited or RejectionReason.Overloaded => MqttPubAckReasonCode.QuotaExceeded,
        RejectionReason.MalformedPayload or RejectionReason.UnknownKind or RejectionReason.UnknownMetric or RejectionReason.ValueOutOfRange
            or RejectionReason.TimestampOutOfRange => MqttPubAckReasonCode.PayloadFormatInvalid,
        RejectionReason.DeviceMismatch or RejectionReason.UnknownDevice or RejectionReason.ForeignTopic => MqttPubAckReasonCode.NotAuthorized,
        _ => MqttPubAckReasonCode.UnspecifiedError,
    };
}
