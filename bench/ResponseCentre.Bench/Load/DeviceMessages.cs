using System.Text.Json;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using ResponseCentre.Protocol;
using ResponseCentre.Protocol.Telemetry;
using ResponseCentre.Testing;

namespace ResponseCentre.Bench.Load;

/// <summary>What a load device sends: alarms and telemetry as the protocol defines them, at QoS 1.</summary>
internal static class DeviceMessages
{
    /// <summary>
    /// Every seeded demo and simulated device's secret. Sent on every CONNECT: the embedded broker
    /// checks it, Mosquitto with anonymous access ignores it.
    /// </summary>
    public const string Secret = TestDevice.DemoSecret;

    private static readonly AlarmKind[] AlarmKinds = [.. Enum.GetValues<AlarmKind>().Where(kind => kind != AlarmKind.Cancel)];

    // Ordinary readings that no sensor rule raises an alarm on, so telemetry stays telemetry.
    private static readonly Dictionary<string, JsonElement> Readings = new()
    {
        ["temperature"] = JsonSerializer.SerializeToElement(21.5, ProtocolJsonContext.Default.Double),
        ["battery"] = JsonSerializer.SerializeToElement(87.0, ProtocolJsonContext.Default.Double),
        ["signal"] = JsonSerializer.SerializeToElement(-61.0, ProtocolJsonContext.Default.Double),
    };

    public static int AlarmKindCount => AlarmKinds.Length;

    public static string DeviceId(int number) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"sim-{number:D4}");

    public static AlarmKind AlarmKindAt(long index) => AlarmKinds[index % AlarmKinds.Length];

    public static MqttClientOptions ClientOptions(int port, string deviceId) => new MqttClientOptionsBuilder()
        .WithTcpServer("127.0.0.1", port)
        .WithClientId(deviceId)
        .WithCredentials(deviceId, Secret)
        .WithProtocolVersion(MqttProtocolVersion.V500)
        .WithCleanStart()
        .WithKeepAlivePeriod(TimeSpan.FromSeconds(60))
        .WithTimeout(TimeSpan.FromSeconds(30))
        .Build();

    public static MqttApplicationMessage Alarm(string deviceId, string messageId, AlarmKind kind, DateTimeOffset at) =>
        Build(Topics.DeviceEvents(deviceId),
            JsonSerializer.SerializeToUtf8Bytes(new AlarmEventMessage(deviceId, messageId, kind, at), ProtocolJsonContext.Default.AlarmEventMessage));

    public static MqttApplicationMessage Telemetry(string deviceId, string messageId, DateTimeOffset at) =>
        Build(Topics.DeviceTelemetry(deviceId),
            JsonSerializer.SerializeToUtf8Bytes(new TelemetryMessage(deviceId, messageId, at, Readings), ProtocolJsonContext.Default.TelemetryMessage));

    private static MqttApplicationMessage Build(string topic, byte[] payload) => new MqttApplicationMessageBuilder()
        .WithTopic(topic)
        .WithPayload(payload)
        .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
        .Build();
}
