using System.Globalization;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;

namespace ResponseCentre.Browser.Tests;

/// <summary>Alarms sent the way a third-party device would: Debian's mosquitto_pub at QoS 1.</summary>
public static class MosquittoPub
{
    /// <summary>Publishes one alarm of <paramref name="kind"/> (the wire name, e.g. push_button) from the resident's device.</summary>
    public static async Task PublishAlarmAsync(ResponseCentreApp app, SimResident resident, string kind = "push_button")
    {
        var timestamp = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        // A new message id per publish: a repeated one would be taken for a redelivery.
        var payload = $$"""{"deviceId":"{{resident.DeviceId}}","messageId":"{{Guid.NewGuid():N}}","kind":"{{kind}}","timestamp":"{{timestamp}}"}""";
        var (exitCode, output) = await ExternalProcess.RunAsync(TimeSpan.FromSeconds(15), "mosquitto_pub",
            "-h", "127.0.0.1", "-p", app.MqttPort.ToString(CultureInfo.InvariantCulture), "-q", "1",
            "-i", resident.DeviceId, "-u", resident.DeviceId, "-P", TestDevice.DemoSecret,
            "-t", Topics.DeviceEvents(resident.DeviceId), "-m", payload);
        Assert.True(exitCode == 0, $"mosquitto_pub exited with {exitCode}: {output}");
    }
}
