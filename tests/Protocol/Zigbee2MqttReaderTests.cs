using System.Buffers;
using System.Text;
using ResponseCentre.Protocol.Telemetry;
using ResponseCentre.Protocol.Zigbee2Mqtt;

namespace ResponseCentre.Protocol.Tests;

public sealed class Zigbee2MqttReaderTests
{
    private static ReadResult<Zigbee2MqttState> Read(string json) =>
        Zigbee2MqttReader.Read(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void A_motion_sensor_s_state_becomes_motion_and_battery_readings_ignoring_fields_the_centre_does_not_use()
    {
        // As an Aqara motion sensor reports through zigbee2mqtt.
        var result = Read("""{"battery":87,"illuminance":133,"linkquality":120,"occupancy":true,"voltage":3015,"device_temperature":25}""");

        Assert.True(result.IsValid, result.Rejection?.Detail);
        Assert.Equal([new TelemetryReading(TelemetryMetric.Battery, 87), new TelemetryReading(TelemetryMetric.Motion, 1)], result.Message.Readings);
        Assert.Empty(result.Message.Alarms);
    }

    [Theory]
    [InlineData(true, 0)]
    [InlineData(false, 1)]
    public void Contact_true_means_the_door_is_closed(bool contact, double doorOpen)
    {
        var result = Read($$"""{"contact":{{(contact ? "true" : "false")}}}""");

        Assert.Equal(new TelemetryReading(TelemetryMetric.DoorOpen, doorOpen), Assert.Single(result.Message!.Readings));
    }

    [Theory]
    [InlineData("""{"water_leak":true,"battery":90}""", AlarmKind.WaterLeak)]
    [InlineData("""{"smoke":true}""", AlarmKind.Smoke)]
    [InlineData("""{"action":"emergency"}""", AlarmKind.PushButton)]
    [InlineData("""{"action":"SOS"}""", AlarmKind.PushButton)]
    public void Active_alarm_fields_become_alarms(string json, AlarmKind expected)
    {
        Assert.Equal(expected, Assert.Single(Read(json).Message!.Alarms));
    }

    [Theory]
    [InlineData("""{"water_leak":false,"smoke":false}""")]
    [InlineData("""{"action":"single"}""")]
    [InlineData("""{"linkquality":80,"update":{"state":"idle"}}""")]
    public void Inactive_alarms_and_other_fields_carry_nothing(string json)
    {
        var result = Read(json);

        Assert.True(result.IsValid);
        Assert.True(result.Message.IsEmpty);
    }

    [Theory]
    [InlineData("""{"occupancy":"yes"}""", RejectionReason.MalformedPayload)]
    [InlineData("""{"water_leak":1}""", RejectionReason.MalformedPayload)]
    [InlineData("""{"temperature":"21"}""", RejectionReason.MalformedPayload)]
    [InlineData("""{"battery":140}""", RejectionReason.ValueOutOfRange)]
    [InlineData("""[1,2]""", RejectionReason.MalformedPayload)]
    [InlineData("""online""", RejectionReason.MalformedPayload)]
    public void Refuses_fields_of_the_wrong_type_or_range(string json, RejectionReason expected)
    {
        Assert.Equal(expected, Read(json).Rejection?.Reason);
    }

    [Theory]
    [InlineData("zigbee2mqtt/z2m-kitchen-motion", true)]
    [InlineData("zigbee2mqtt/bridge", false)]
    [InlineData("zigbee2mqtt/bridge/state", false)]
    [InlineData("zigbee2mqtt/z2m-kitchen-motion/availability", false)]
    [InlineData("zigbee2mqtt/z2m-kitchen-motion/set", false)]
    [InlineData("zigbee2mqtt/living room", false)]
    [InlineData("rc/v1/devices/z2m-kitchen-motion/events", false)]
    public void Only_a_device_s_own_state_topic_names_a_device(string topic, bool isDeviceState)
    {
        Assert.Equal(isDeviceState, Zigbee2MqttTopics.TryParseDeviceState(topic, out var deviceId));
        Assert.Equal(isDeviceState ? "z2m-kitchen-motion" : "", deviceId);
    }
}
