
namespace ResponseCentre.Protocol.Tests;

public sealed class TopicsTests
{
    [Fact]
    public void Event_and_ack_topics_follow_the_documented_pattern()
    {
        Assert.Equal("rc/v1/devices/pendant-0001/events", Topics.DeviceEvents("pendant-0001"));
        Assert.Equal("rc/v1/devices/pendant-0001/acks", Topics.DeviceAcks("pendant-0001"));
    }

    [Fact]
    public void Reads_the_device_id_out_of_an_event_topic()
    {
        Assert.True(Topics.TryParseDeviceEvents("rc/v1/devices/fall_01.a/events", out var deviceId));
        Assert.Equal("fall_01.a", deviceId);
    }

    [Theory]
    [InlineData("rc/v1/devices/pendant-0001/acks")]
    [InlineData("rc/v1/devices//events")]
    [InlineData("rc/v1/devices/a/b/events")]
    [InlineData("rc/v1/devices/+/events")]
    [InlineData("rc/v2/devices/pendant-0001/events")]
    [InlineData("zigbee2mqtt/kitchen")]
    [InlineData("")]
    public void Refuses_topics_that_are_not_one_device_s_event_topic(string topic)
    {
        Assert.False(Topics.TryParseDeviceEvents(topic, out _));
    }

    [Fact]
    public void Refuses_device_ids_longer_than_the_limit()
    {
        Assert.False(Topics.TryParseDeviceEvents(Topics.DeviceEvents(new string('a', DeviceIds.MaxLength + 1)), out _));
        Assert.True(Topics.TryParseDeviceEvents(Topics.DeviceEvents(new string('a', DeviceIds.MaxLength)), out _));
    }

    [Fact]
    public void Telemetry_topics_follow_the_documented_pattern_and_are_not_event_topics()
    {
        Assert.Equal("rc/v1/devices/stove-0001/telemetry", Topics.DeviceTelemetry("stove-0001"));
        Assert.True(Topics.TryParseDeviceTelemetry("rc/v1/devices/stove-0001/telemetry", out var deviceId));
        Assert.Equal("stove-0001", deviceId);
        Assert.False(Topics.TryParseDeviceEvents("rc/v1/devices/stove-0001/telemetry", out _));
        Assert.False(Topics.TryParseDeviceTelemetry("rc/v1/devices/stove-0001/events", out _));
        Assert.False(Topics.TryParseDeviceTelemetry("rc/v1/devices/+/telemetry", out _));
    }
}
