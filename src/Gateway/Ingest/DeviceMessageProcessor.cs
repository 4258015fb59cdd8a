using System.Buffers;
using ResponseCentre.Protocol;
using ResponseCentre.Protocol.Zigbee2Mqtt;

namespace ResponseCentre.Gateway.Ingest;

/// <summary>
/// Takes one device message, whatever broker it came through, to the ingest for its topic. The
/// caller acknowledges the message to the device only when the result says stored or rejected.
/// </summary>
internal sealed class DeviceMessageProcessor(AlarmIngest alarms, TelemetryIngest telemetry, StatusIngest status, ZigbeeIngest zigbee)
{
    private static readonly ProtocolRejection UnknownTopic = new(RejectionReason.UnknownTopic,
        $"devices publish alarm events on {Topics.AllDeviceEvents}, sensor readings on {Topics.AllDeviceTelemetry}, " +
        $"heartbeats on {Topics.AllDeviceStatus}, " +
        $"and zigbee2mqtt device states on {Zigbee2MqttTopics.AllDevices}");

    public Task<IngestResult> ProcessAsync(string topic, ReadOnlySequence<byte> payload, bool retained = false)
    {
        if (Topics.TryParseDeviceEvents(topic, out var deviceId))
        {
            return alarms.ProcessAsync(deviceId, payload);
        }

        if (Topics.TryParseDeviceTelemetry(topic, out deviceId))
        {
            return telemetry.ProcessAsync(deviceId, payload);
        }

        if (Topics.TryParseDeviceStatus(topic, out deviceId))
        {
            return status.ProcessAsync(deviceId, payload, retained);
        }

        if (Zigbee2MqttTopics.TryParseDeviceState(topic, out deviceId))
        {
            return zigbee.ProcessAsync(deviceId, payload);
        }

        // zigbee2mqtt's bridge and availability messages are its own business (availability will
        // feed device supervision); acknowledging them keeps zigbee2mqtt from resending.
        return Task.FromResult(Zigbee2MqttTopics.IsZigbee2Mqtt(topic) ? IngestResult.Ignored() : IngestResult.Rejected(UnknownTopic));
    }
}
