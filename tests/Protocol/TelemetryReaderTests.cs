using System.Buffers;
using System.Text;
using ResponseCentre.Protocol.Telemetry;

namespace ResponseCentre.Protocol.Tests;

public sealed class TelemetryReaderTests
{
    private static ReadResult<TelemetryBatch> Read(string json, string topicDeviceId = "stove-0001") =>
        TelemetryReader.Read(topicDeviceId, new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(json)));

    private static string Payload(string readings, string deviceId = "stove-0001") =>
        $$"""{"deviceId":"{{deviceId}}","messageId":"7","timestamp":"2026-11-24T18:00:00Z","readings":""" + "{" + readings + "}}";

    [Fact]
    public void Reads_the_documented_example_with_booleans_as_one_and_zero()
    {
        var result = Read(Payload("\"stove_on\":true,\"stove_temperature\":231.5,\"motion\":false"));

        Assert.True(result.IsValid, result.Rejection?.Detail);
        Assert.Equal("stove-0001", result.Message.DeviceId);
        Assert.Equal("7", result.Message.MessageId);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 18, 0, 0, TimeSpan.Zero), result.Message.Timestamp);
        Assert.Equal(
            [new TelemetryReading(TelemetryMetric.StoveOn, 1), new TelemetryReading(TelemetryMetric.StoveTemperature, 231.5), new TelemetryReading(TelemetryMetric.Motion, 0)],
            result.Message.Readings);
    }

    [Fact]
    public void Every_metric_in_the_catalogue_is_read_by_its_wire_name()
    {
        foreach (var metric in TelemetryMetrics.All)
        {
            var value = metric.IsBoolean ? "true" : ((metric.Min + metric.Max) / 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var result = Read(Payload($"\"{metric.WireName}\":{value}"));

            Assert.True(result.IsValid, $"{metric.WireName}: {result.Rejection?.Detail}");
            Assert.Equal(metric.Metric, Assert.Single(result.Message.Readings).Metric);
        }
    }

    [Theory]
    [InlineData("\"humidity\":40", RejectionReason.UnknownMetric)]
    [InlineData("\"Temperature\":21", RejectionReason.UnknownMetric)]
    [InlineData("\"spo2\":49", RejectionReason.ValueOutOfRange)]
    [InlineData("\"spo2\":101", RejectionReason.ValueOutOfRange)]
    [InlineData("\"pulse\":0", RejectionReason.ValueOutOfRange)]
    [InlineData("\"battery\":-1", RejectionReason.ValueOutOfRange)]
    [InlineData("\"motion\":1", RejectionReason.MalformedPayload)]
    [InlineData("\"motion\":\"yes\"", RejectionReason.MalformedPayload)]
    [InlineData("\"temperature\":true", RejectionReason.MalformedPayload)]
    [InlineData("\"temperature\":\"21\"", RejectionReason.MalformedPayload)]
    [InlineData("\"temperature\":null", RejectionReason.MalformedPayload)]
    [InlineData("", RejectionReason.MalformedPayload)]
    public void Refuses_a_bad_reading_with_its_reason(string readings, RejectionReason expected)
    {
        var result = Read(Payload(readings));

        Assert.False(result.IsValid);
        Assert.Equal(expected, result.Rejection.Reason);
    }

    [Fact]
    public void Names_the_metric_and_its_range_when_a_value_is_out_of_range()
    {
        var detail = Read(Payload("\"spo2\":120")).Rejection?.Detail;

        Assert.Equal("reading 'spo2' is 120; a working sensor reports 50 to 100 %", detail);
    }

    [Fact]
    public void Refuses_readings_published_on_another_devices_topic()
    {
        Assert.Equal(RejectionReason.DeviceMismatch, Read(Payload("\"motion\":true", deviceId: "stove-0002")).Rejection?.Reason);
    }

    [Theory]
    [InlineData("""{"deviceId":"stove-0001","messageId":"7","timestamp":"2026-11-24T18:00:00Z"}""")]
    [InlineData("""{"deviceId":"stove-0001","messageId":"","timestamp":"2026-11-24T18:00:00Z","readings":{"motion":true}}""")]
    [InlineData("""{"deviceId":"stove-0001","messageId":"7","readings":{"motion":true}}""")]
    [InlineData("""{"deviceId":"stove-0001","messageId":"7","timestamp":"2026-11-24T18:00:00Z","readings":[1,2]}""")]
    [InlineData("not json")]
    [InlineData("null")]
    public void Refuses_a_malformed_message(string json)
    {
        Assert.Equal(RejectionReason.MalformedPayload, Read(json).Rejection?.Reason);
    }

    [Fact]
    public void Refuses_a_payload_over_the_size_limit()
    {
        var readings = string.Join(",", Enumerable.Range(0, 400).Select(i => $"\"temperature{i}\":21"));

        Assert.Equal(RejectionReason.PayloadTooLarge, Read(Payload(readings)).Rejection?.Reason);
    }
}
