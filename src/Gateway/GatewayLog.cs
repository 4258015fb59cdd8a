using Microsoft.Extensions.Logging;
using ResponseCentre.Protocol;

namespace ResponseCentre.Gateway;

internal static partial class GatewayLog
{
    [LoggerMessage(1, LogLevel.Information, "MQTT broker listening on {Address}:{Port}")]
    public static partial void BrokerListening(ILogger logger, string address, int port);

    [LoggerMessage(2, LogLevel.Warning, "Refused a connection from {Endpoint} using the centre's reserved client id")]
    public static partial void ReservedClientIdRefused(ILogger logger, string? endpoint);

    [LoggerMessage(3, LogLevel.Warning, "Rejected publish from client {ClientId} on '{Topic}': {Reason} ({Detail})")]
    public static partial void PublishRejected(ILogger logger, string clientId, string topic, RejectionReason reason, string detail);

    [LoggerMessage(4, LogLevel.Debug, "Alarm {MessageId} from device {DeviceId} stored as incident {IncidentId} (redelivery: {WasRedelivery})")]
    public static partial void AlarmStored(ILogger logger, string messageId, string deviceId, string incidentId, bool wasRedelivery);

    [LoggerMessage(6, LogLevel.Warning, "MQTT broker stop raced with closing connections; the broker is stopped")]
    public static partial void BrokerStopRaced(ILogger logger, Exception exception);

    [LoggerMessage(7, LogLevel.Error, "Readings {MessageId} from device {DeviceId} could not be stored; not acknowledged, so the device sends them again")]
    public static partial void TelemetryNotStored(ILogger logger, Exception exception, string messageId, string deviceId);

    [LoggerMessage(5, LogLevel.Error, "Alarm {MessageId} from device {DeviceId} could not be stored; not acknowledged, so it is delivered again")]
    public static partial void AlarmNotStored(ILogger logger, Exception exception, string messageId, string deviceId);

    [LoggerMessage(8, LogLevel.Warning, "Refused MQTT connection of client '{ClientId}' (user '{UserName}') from {Endpoint}: {Reason}")]
    public static partial void ConnectionRefused(ILogger logger, string? clientId, string? userName, string? endpoint, string reason);

    [LoggerMessage(9, LogLevel.Warning, "Refused subscription of client {ClientId} to '{TopicFilter}': devices may subscribe only to their own acks topic")]
    public static partial void SubscriptionRefused(ILogger logger, string clientId, string topicFilter);

    [LoggerMessage(10, LogLevel.Warning, "The process may open {Current} files, but the broker's connection limits need {Needed}: devices past that are refused by the OS. Raise it (LimitNOFILE, ulimit -n; see deploy/)")]
    public static partial void FileHandleLimitLow(ILogger logger, long current, int needed);
}
