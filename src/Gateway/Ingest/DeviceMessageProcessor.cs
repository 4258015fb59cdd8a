using System.Buffers;
using ResponseCentre.Gateway.Limits;
using ResponseCentre.Gateway.Security;
using ResponseCentre.Protocol;
using ResponseCentre.Protocol.Zigbee2Mqtt;

namespace ResponseCentre.Gateway.Ingest;

/// <summary>
/// Takes one device message, whatever broker it came through, to the ingest for its topic. The
/// caller acknowledges the message to the device only when the result says stored or rejected.
/// </summary>
internal sealed class DeviceMessageProcessor(
    AlarmIngest alarms, TelemetryIngest telemetry, StatusIngest status, ZigbeeIngest zigbee, TelemetryLane lane, GatewayMetrics metrics)
{
    private static readonly ProtocolRejection UnknownTopic = new(RejectionReason.UnknownTopic,
        $"devices publish alarm events on {Topics.AllDeviceEvents}, sensor readings on {Topics.AllDeviceTelemetry}, " +
        $"heartbeats on {Topics.AllDeviceStatus}, " +
        $"and zigbee2mqtt device states on {Zigbee2MqttTopics.AllDevices}");

    private static readonly ProtocolRejection Shed = new(RejectionReason.Overloaded,
        "the centre is busy and sheds sensor readings so alarms keep flowing; send them again shortly");

    /// <summary>
    /// Routes the message; <paramref name="bridge"/> is the bridge that published it when the broker knows
    /// (embedded broker): its base topic holds its devices' states, and it speaks only for the devices behind it.
    /// </summary>
    public async Task<IngestResult> ProcessAsync(string topic, ReadOnlySequence<byte> payload, bool retained = false, DeviceIdentity? bridge = null)
    {
        var result = await RouteAsync(topic, payload, retained, bridge);
        if (result.Rejection is { } rejection)
        {
            metrics.Rejected(rejection.Reason);
        }

        return result;
    }

    private Task<IngestResult> RouteAsync(string topic, ReadOnlySequence<byte> payload, bool retained, DeviceIdentity? bridge)
    {
        var zigbeeBase = bridge?.BaseTopic ?? Zigbee2MqttTopics.DefaultBaseTopic;
        if (Topics.TryParseDeviceEvents(topic, out var deviceId))
        {
            metrics.MessageIn("alarm");
            return alarms.ProcessAsync(deviceId, payload);
        }

        if (Topics.TryParseDeviceTelemetry(topic, out deviceId))
        {
            metrics.MessageIn("telemetry");
            // Readings take the lane; alarms above never wait behind them.
            return lane.RunAsync(() => telemetry.ProcessAsync(deviceId, payload), () => IngestResult.Rejected(Shed));
        }

        if (Topics.TryParseDeviceStatus(topic, out deviceId))
        {
            metrics.MessageIn("status");
            return status.ProcessAsync(deviceId, payload, retained);
        }

        if (Zigbee2MqttTopics.TryParseDeviceState(topic, zigbeeBase, out deviceId))
        {
            metrics.MessageIn("zigbee");
            return lane.RunAsync(() => zigbee.ProcessAsync(deviceId, payload, bridge?.Id), () => IngestResult.Rejected(Shed));
        }

        metrics.MessageIn("other");
        // zigbee2mqtt's bridge and availability messages are its own business (availability will
        // feed device supervision); acknowledging them keeps zigbee2mqtt from resending.
        return Task.FromResult(Zigbee2MqttTopics.IsUnder(topic, zigbeeBase) ? IngestResult.Ignored() : IngestResult.Rejected(UnknownTopic));
    }
}
