using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests;

/// <summary>Sensor readings and zigbee2mqtt states from a third-party client (Debian's mosquitto_pub) through the broker.</summary>
[Collection(RunningApp.Name)]
public sealed class SensorIngestTests(ResponseCentreApp app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Readings_from_mosquitto_pub_become_the_resident_s_latest_sensor_state()
    {
        var payload = $$$"""{"deviceId":"sim-0311","messageId":"t-1","timestamp":"{{{DateTimeOffset.UtcNow.AddHours(-1):O}}}","readings":{"stove_on":true,"stove_temperature":231.5}}""";

        var (exitCode, output) = await PublishAsync("sim-0311", "rc/v1/devices/sim-0311/telemetry", payload);

        // mosquitto_pub returns after the PUBACK, which comes only once the readings are stored.
        Assert.True(exitCode == 0, output);
        var latest = await Grains.GetResident(new ResidentId("sim-r-0311")).GetLatestReadingsAsync();
        Assert.Contains(latest, r => r is { Metric: SensorMetric.StoveOn, Value: 1 } && r.Device.Value == "sim-0311");
        Assert.Contains(latest, r => r is { Metric: SensorMetric.StoveTemperature, Value: 231.5 });
    }

    [Theory]
    [InlineData("""{"deviceId":"sim-0312","messageId":"t-1","timestamp":"2026-11-24T18:00:00Z","readings":{"spo2":140}}""")]
    [InlineData("""{"deviceId":"sim-0312","messageId":"t-1","timestamp":"2026-11-24T18:00:00Z","readings":{"humidity":40}}""")]
    public async Task Bad_readings_are_refused_with_a_reason_code(string payload)
    {
        var (_, output) = await PublishAsync("sim-0312", "rc/v1/devices/sim-0312/telemetry", payload);

        Assert.Contains("Payload format invalid", output, StringComparison.Ordinal);
        Assert.Empty(await Grains.GetResident(new ResidentId("sim-r-0312")).GetLatestReadingsAsync());
    }

    [Fact]
    public async Task A_zigbee2mqtt_leak_sensor_registered_to_a_resident_raises_a_water_leak_incident_and_reports_its_battery()
    {
        const string device = "z2m-bathroom-leak-0313";
        await RegisterDeviceAsync(device, "sim-r-0313", TestDevice.DemoBridgeUser);
        await using var dashboard = await DashboardListener.ConnectAsync(app.BaseAddress);

        // As a Xiaomi leak sensor reports through zigbee2mqtt (default base topic, device named by its registered id).
        var (exitCode, output) = await PublishAsync("zigbee2mqtt", $"zigbee2mqtt/{device}",
            """{"battery":91,"battery_low":false,"linkquality":102,"voltage":3005,"water_leak":true}""");

        Assert.True(exitCode == 0, output);
        var incident = await dashboard.WaitForAsync(i => i.Device.Value == device, Patience);
        Assert.Equal(IncidentKind.WaterLeak, incident.Kind);
        Assert.Equal("sim-r-0313", incident.Resident.Value);
        var latest = await Grains.GetResident(new ResidentId("sim-r-0313")).GetLatestReadingsAsync();
        Assert.Contains(latest, r => r is { Metric: SensorMetric.Battery, Value: 91 });
    }

    [Fact]
    public async Task A_zigbee2mqtt_device_nobody_registered_is_refused_and_bridge_messages_are_taken_without_effect()
    {
        var (_, unknown) = await PublishAsync("zigbee2mqtt", "zigbee2mqtt/z2m-stranger", """{"occupancy":true}""");
        var (bridgeExit, bridge) = await PublishAsync("zigbee2mqtt", "zigbee2mqtt/bridge/state", """{"state":"online"}""");

        Assert.Contains("Not authorized", unknown, StringComparison.Ordinal);
        Assert.True(bridgeExit == 0, bridge);
        Assert.DoesNotContain("error", bridge, StringComparison.OrdinalIgnoreCase);
    }

    private IGrainFactory Grains => app.Services.GetRequiredService<IGrainFactory>();

    private Task<(int ExitCode, string Output)> PublishAsync(string clientId, string topic, string payload) =>
        ExternalProcess.RunAsync(Patience, "mosquitto_pub",
            "-h", "127.0.0.1", "-p", app.MqttPort.ToString(CultureInfo.InvariantCulture),
            "-V", "mqttv5", "-i", clientId, "-u", clientId, "-P", clientId == TestDevice.DemoBridgeUser ? TestDevice.DemoBridgeSecret : TestDevice.DemoSecret,
            "-q", "1", "-t", topic, "-m", payload);

    private async Task RegisterDeviceAsync(string device, string resident, string? bridge = null)
    {
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);
        var response = await http.PutAsJsonAsync($"/api/admin/devices/{device}", new { resident, bridge });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
