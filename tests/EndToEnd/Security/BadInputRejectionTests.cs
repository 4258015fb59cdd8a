using System.Text;
using Microsoft.Extensions.Logging;
using MQTTnet;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests.Security;

/// <summary>
/// Bad device input is refused with a PUBACK reason code and reason string and logged as a warning;
/// input just inside each limit is still accepted. That each refusal is counted on /metrics is
/// asserted by <see cref="MetricsEndpointTests"/> on a system of its own: this shared one's counters
/// also move with every other test's refusals.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class BadInputRejectionTests(ResponseCentreApp app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static TheoryData<string, string> RefusedInputs => new()
    {
        { "sim-0720", "oversized alarm" },
        { "sim-0730", "oversized telemetry" },
        { "sim-0722", "malformed JSON" },
        { "sim-0723", "unknown kind" },
        { "sim-0724", "alarm ten minutes in the future" },
        { "sim-0726", "alarm eight days old" },
        { "sim-0728", "telemetry thirty-one days old" },
    };

    public static TheoryData<string, string> AcceptedInputs => new()
    {
        { "sim-0721", "alarm of exactly 4096 bytes" },
        { "sim-0725", "alarm two minutes in the future" },
        { "sim-0727", "alarm six days old" },
        { "sim-0729", "telemetry twenty-nine days old" },
    };

    [Theory]
    [MemberData(nameof(RefusedInputs))]
    public async Task Bad_input_is_refused_with_a_reason_code_and_string_and_logged(string deviceId, string input)
    {
        var (topic, payload, expected, mentions) = Refused(deviceId, input);
        await using var device = await TestDevice.ConnectAsync(app.MqttPort, deviceId);

        var puback = await device.PublishAsync(topic, payload);

        Assert.Equal(expected, puback.ReasonCode);
        Assert.False(string.IsNullOrWhiteSpace(puback.ReasonString), "The refusal should say why in the PUBACK reason string.");
        Assert.True(Enum.TryParse<RejectionReason>(puback.RejectionName(), out var reason) && !PubAckProperties.IsWorthRetrying(reason),
            $"The PUBACK should name a rejection the device must not send again; it named '{puback.RejectionName()}'.");
        if (mentions is not null)
        {
            Assert.Contains(mentions, puback.ReasonString, StringComparison.OrdinalIgnoreCase);
        }

        Assert.True(
            app.Logs.Lines.Any(line => line.Level == LogLevel.Warning && line.Message.Contains(deviceId, StringComparison.Ordinal)),
            $"No warning was logged naming {deviceId}.");
        Assert.True(device.IsConnected, "A refused message should not cost the device its connection.");
    }

    [Theory]
    [MemberData(nameof(AcceptedInputs))]
    public async Task Input_just_inside_the_limits_is_accepted(string deviceId, string input)
    {
        var (topic, payload) = Accepted(deviceId, input);
        await using var device = await TestDevice.ConnectAsync(app.MqttPort, deviceId);

        var puback = await device.PublishAsync(topic, payload);

        Assert.True(puback.ReasonCode == MqttClientPublishReasonCode.Success, $"The {input} was refused: {puback.ReasonCode} '{puback.ReasonString}'.");
        if (topic == Topics.DeviceEvents(deviceId))
        {
            var ack = await device.Acks.FirstMatchAsync(a => a.MessageId == "inside-1", Patience);
            Assert.Equal(AckStatus.Received, ack.Status);
            Assert.False(string.IsNullOrEmpty(ack.IncidentId));
        }
    }

    internal static (string Topic, byte[] Payload, MqttClientPublishReasonCode Expected, string? Mentions) Refused(string deviceId, string input)
    {
        var now = DateTimeOffset.UtcNow;
        var events = Topics.DeviceEvents(deviceId);
        return input switch
        {
            "oversized alarm" => (events, DevicePayloads.PaddedTo(DevicePayloads.Alarm(deviceId, "big-1"), 4097), MqttClientPublishReasonCode.QuotaExceeded, null),
            "oversized telemetry" => (Topics.DeviceTelemetry(deviceId), DevicePayloads.PaddedTo(DevicePayloads.Telemetry(deviceId, "big-1"), 4097),
                MqttClientPublishReasonCode.QuotaExceeded, null),
            "malformed JSON" => (events, Encoding.UTF8.GetBytes($$"""{"deviceId": "{{deviceId}}", "messageId": """), MqttClientPublishReasonCode.PayloadFormatInvalid, null),
            "unknown kind" => (events, DevicePayloads.Alarm(deviceId, "kind-1", "dragon"), MqttClientPublishReasonCode.PayloadFormatInvalid, null),
            "alarm ten minutes in the future" => (events, DevicePayloads.Alarm(deviceId, "future-1", timestamp: now.AddMinutes(10)),
                MqttClientPublishReasonCode.PayloadFormatInvalid, "timestamp"),
            "alarm eight days old" => (events, DevicePayloads.Alarm(deviceId, "stale-1", timestamp: now.AddDays(-8)),
                MqttClientPublishReasonCode.PayloadFormatInvalid, "timestamp"),
            "telemetry thirty-one days old" => (Topics.DeviceTelemetry(deviceId), DevicePayloads.Telemetry(deviceId, "stale-1", now.AddDays(-31)),
                MqttClientPublishReasonCode.PayloadFormatInvalid, null),
            _ => throw new ArgumentOutOfRangeException(nameof(input), input, null),
        };
    }

    private static (string Topic, byte[] Payload) Accepted(string deviceId, string input)
    {
        var now = DateTimeOffset.UtcNow;
        var events = Topics.DeviceEvents(deviceId);
        return input switch
        {
            "alarm of exactly 4096 bytes" => (events, DevicePayloads.PaddedTo(DevicePayloads.Alarm(deviceId, "inside-1"), 4096)),
            "alarm two minutes in the future" => (events, DevicePayloads.Alarm(deviceId, "inside-1", timestamp: now.AddMinutes(2))),
            "alarm six days old" => (events, DevicePayloads.Alarm(deviceId, "inside-1", timestamp: now.AddDays(-6))),
            "telemetry twenty-nine days old" => (Topics.DeviceTelemetry(deviceId), DevicePayloads.Telemetry(deviceId, "inside-1", now.AddDays(-29))),
            _ => throw new ArgumentOutOfRangeException(nameof(input), input, null),
        };
    }
}
