using System.Buffers;
using System.Text;
using System.Text.Json;
using ResponseCentre.Protocol.Status;

namespace ResponseCentre.Protocol.Tests;

public sealed class DeviceStatusReaderTests
{
    private static readonly DateTimeOffset Sent = new(2026, 11, 24, 18, 0, 0, TimeSpan.Zero);

    private static ReadResult<DeviceStatusMessage> Read(string json, string topicDeviceId = "pendant-0001") =>
        DeviceStatusReader.Read(topicDeviceId, new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(json)));

    private static string Heartbeat(string fields) =>
        """{"deviceId":"pendant-0001","messageId":"99","timestamp":"2026-11-24T18:00:00Z","state":"alive",""" + fields + "}";

    [Fact]
    public void Reads_the_documented_heartbeat()
    {
        var result = Read(Heartbeat("\"battery\":23,\"mains\":\"on\",\"tamper\":false"));

        Assert.True(result.IsValid, result.Rejection?.Detail);
        Assert.Equal(new DeviceStatusMessage("pendant-0001", DeviceLinkState.Alive, "99", Sent, 23, MainsPower.On, false), result.Message);
    }

    [Fact]
    public void Reads_a_bare_heartbeat_with_no_optional_fields()
    {
        var result = Read("""{"deviceId":"pendant-0001","messageId":"1","timestamp":"2026-11-24T18:00:00Z","state":"alive"}""");

        Assert.True(result.IsValid, result.Rejection?.Detail);
        Assert.Null(result.Message.Battery);
        Assert.Null(result.Message.Mains);
        Assert.Null(result.Message.Tamper);
    }

    [Fact]
    public void Reads_a_last_will_without_message_id_or_timestamp()
    {
        var result = Read("""{"deviceId":"pendant-0001","state":"offline"}""");

        Assert.True(result.IsValid, result.Rejection?.Detail);
        Assert.Equal(new DeviceStatusMessage("pendant-0001", DeviceLinkState.Offline), result.Message);
    }

    [Fact]
    public void Reads_an_offline_status_that_carries_a_message_id_and_timestamp()
    {
        var result = Read("""{"deviceId":"pendant-0001","messageId":"5","timestamp":"2026-11-24T18:00:00Z","state":"offline","mains":"off"}""");

        Assert.True(result.IsValid, result.Rejection?.Detail);
        Assert.Equal(new DeviceStatusMessage("pendant-0001", DeviceLinkState.Offline, "5", Sent, Mains: MainsPower.Off), result.Message);
    }

    [Theory]
    [InlineData("""{"deviceId":"pendant-0001","state":"alive"}""")]
    [InlineData("""{"deviceId":"pendant-0001","timestamp":"2026-11-24T18:00:00Z","state":"alive"}""")]
    [InlineData("""{"deviceId":"pendant-0001","messageId":"1","state":"alive"}""")]
    [InlineData("""{"deviceId":"pendant-0001","messageId":"","timestamp":"2026-11-24T18:00:00Z","state":"alive"}""")]
    [InlineData("""{"deviceId":"pendant-0001","messageId":"","state":"offline"}""")]
    [InlineData("""{"deviceId":"pendant-0001","messageId":"1","timestamp":"2026-11-24T18:00:00Z"}""")]
    [InlineData("""{"deviceId":"pendant-0001","messageId":"1","timestamp":"2026-11-24T18:00:00Z","state":null}""")]
    [InlineData("""{"deviceId":"pendant-0001","messageId":"1","timestamp":"2026-11-24T18:00:00Z","state":"sleeping"}""")]
    [InlineData("""{"deviceId":"pendant-0001","messageId":"1","timestamp":"2026-11-24T18:00:00Z","state":7}""")]
    [InlineData("""{"deviceId":"pendant-0001","messageId":"1","timestamp":"yesterday","state":"alive"}""")]
    [InlineData("""{"state":"offline"}""")]
    [InlineData("not json")]
    [InlineData("null")]
    public void Refuses_malformed_payloads(string json)
    {
        Assert.Equal(RejectionReason.MalformedPayload, Read(json).Rejection?.Reason);
    }

    [Theory]
    [InlineData("\"mains\":\"maybe\"", "field 'mains' must be \"on\" or \"off\"")]
    [InlineData("\"mains\":true", "field 'mains' must be \"on\" or \"off\"")]
    [InlineData("\"tamper\":\"yes\"", null)]
    [InlineData("\"battery\":\"full\"", "field 'battery' must be a whole number of percent, 0 to 100")]
    [InlineData("\"battery\":23.5", "field 'battery' must be a whole number of percent, 0 to 100")]
    public void Refuses_optional_fields_of_the_wrong_type_naming_the_field(string fields, string? detail)
    {
        var rejection = Read(Heartbeat(fields)).Rejection;

        Assert.Equal(RejectionReason.MalformedPayload, rejection?.Reason);
        if (detail is not null)
        {
            Assert.Equal(detail, rejection?.Detail);
        }
    }

    [Fact]
    public void Names_an_unknown_state()
    {
        var rejection = Read("""{"deviceId":"pendant-0001","state":"asleep"}""").Rejection;

        Assert.Equal("field 'state' must be \"alive\" or \"offline\"", rejection?.Detail);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void Refuses_a_battery_level_outside_0_to_100(int battery)
    {
        var rejection = Read(Heartbeat($"\"battery\":{battery}")).Rejection;

        Assert.Equal(RejectionReason.ValueOutOfRange, rejection?.Reason);
        Assert.Equal($"field 'battery' is {battery}; a battery level is 0 to 100 %", rejection?.Detail);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void Accepts_the_ends_of_the_battery_range(int battery)
    {
        Assert.Equal(battery, Read(Heartbeat($"\"battery\":{battery}")).Message?.Battery);
    }

    [Theory]
    [InlineData("""{"deviceId":"pendant-0002","messageId":"1","timestamp":"2026-11-24T18:00:00Z","state":"alive"}""")]
    [InlineData("""{"deviceId":"pendant-0002","state":"offline"}""")]
    public void Refuses_a_status_published_on_another_devices_topic(string json)
    {
        Assert.Equal(RejectionReason.DeviceMismatch, Read(json).Rejection?.Reason);
    }

    [Fact]
    public void Refuses_a_payload_over_the_size_limit()
    {
        var padding = new string(' ', AlarmEventReader.MaxPayloadBytes);

        Assert.Equal(RejectionReason.PayloadTooLarge, Read(Heartbeat("\"tamper\":false" + padding)).Rejection?.Reason);
    }

    [Fact]
    public void A_serialised_last_will_is_the_documented_minimal_payload()
    {
        var json = JsonSerializer.Serialize(new DeviceStatusMessage("pendant-0001", DeviceLinkState.Offline), DeviceStatusJsonContext.Default.DeviceStatusMessage);

        Assert.Equal("""{"deviceId":"pendant-0001","state":"offline"}""", json);
    }

    [Fact]
    public void Status_topics_follow_the_documented_pattern_and_are_no_other_topic()
    {
        Assert.Equal("rc/v1/devices/pendant-0001/status", Topics.DeviceStatus("pendant-0001"));
        Assert.Equal("rc/v1/devices/+/status", Topics.AllDeviceStatus);
        Assert.True(Topics.TryParseDeviceStatus("rc/v1/devices/pendant-0001/status", out var deviceId));
        Assert.Equal("pendant-0001", deviceId);
        Assert.False(Topics.TryParseDeviceStatus("rc/v1/devices/pendant-0001/events", out _));
        Assert.False(Topics.TryParseDeviceStatus("rc/v1/devices/+/status", out _));
        Assert.False(Topics.TryParseDeviceEvents("rc/v1/devices/pendant-0001/status", out _));
    }
}
