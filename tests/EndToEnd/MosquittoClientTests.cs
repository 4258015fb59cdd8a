using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests;

/// <summary>A third-party client (Debian's mosquitto_pub, installed by the test command) drives the broker.</summary>
[Collection(RunningApp.Name)]
public sealed class MosquittoClientTests(ResponseCentreApp app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("mqttv311", "sim-0301")]
    [InlineData("mqttv5", "sim-0302")]
    public async Task Alarm_from_mosquitto_pub_with_the_documented_topic_and_payload_reaches_the_dashboard(string version, string deviceId)
    {
        await using var dashboard = await DashboardListener.ConnectAsync(app.BaseAddress);
        var payload = $$"""{"deviceId":"{{deviceId}}","messageId":"m-1","kind":"push_button","timestamp":"{{DateTimeOffset.UtcNow:O}}"}""";

        var (exitCode, output) = await ExternalProcess.RunAsync(Patience, "mosquitto_pub",
            "-h", "127.0.0.1", "-p", app.MqttPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-V", version, "-i", deviceId, "-u", deviceId, "-P", TestDevice.DemoSecret, "-q", "1",
            "-t", $"rc/v1/devices/{deviceId}/events", "-m", payload);

        Assert.True(exitCode == 0, output);
        var incident = await dashboard.WaitForAsync(i => i.Device.Value == deviceId, Patience);
        Assert.Equal($"sim-r-{deviceId[4..]}", incident.Resident.Value);
    }

    [Fact]
    public async Task Mosquitto_pub_over_mqtt5_sees_the_rejection_reason_of_a_malformed_alarm()
    {
        var (_, output) = await ExternalProcess.RunAsync(Patience, "mosquitto_pub",
            "-h", "127.0.0.1", "-p", app.MqttPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-V", "mqttv5", "-i", "sim-0303", "-u", "sim-0303", "-P", TestDevice.DemoSecret, "-q", "1",
            "-t", "rc/v1/devices/sim-0303/events", "-m", "not json");

        Assert.Contains("Payload format invalid", output, StringComparison.Ordinal);
    }
}
