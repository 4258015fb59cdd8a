using System.Diagnostics;
using System.Globalization;
using MQTTnet;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;

namespace ResponseCentre.Bench;

/// <summary>
/// Publish-to-dashboard latency: a device publishes an alarm over MQTT (QoS 1) and a SignalR
/// client waits for the incident. One alarm at a time, each from the next simulated device.
/// </summary>
internal static class AlarmLatencyBenchmark
{
    private const int Devices = 50;

    public static async Task<LatencySummary> RunAsync(int alarms)
    {
        await using var app = new ResponseCentreApp();
        await app.InitializeAsync();
        await using var dashboard = await DashboardListener.ConnectAsync(app.BaseAddress);
        var devices = new List<TestDevice>();
        for (var n = 1; n <= Devices; n++)
        {
            devices.Add(await TestDevice.ConnectAsync(app.MqttPort, string.Create(CultureInfo.InvariantCulture, $"sim-{n:D4}")));
        }

        var recorder = new LatencyRecorder();
        await SendAsync(devices, dashboard, alarms: 100, recorder: null); // warm-up: JIT, grain activation
        await SendAsync(devices, dashboard, alarms, recorder);

        foreach (var device in devices)
        {
            await device.DisposeAsync();
        }

        return recorder.Summarise();
    }

    private static async Task SendAsync(List<TestDevice> devices, DashboardListener dashboard, int alarms, LatencyRecorder? recorder)
    {
        for (var n = 0; n < alarms; n++)
        {
            var device = devices[n % devices.Count];
            var start = Stopwatch.GetTimestamp();
            var puback = await device.PublishAlarmAsync(AlarmKind.PushButton);
            if (puback.ReasonCode != MqttClientPublishReasonCode.Success)
            {
                throw new InvalidOperationException($"Alarm {n} was refused: {puback.ReasonCode} {puback.ReasonString}");
            }

            var pushed = await dashboard.WaitForReceiptAsync(i => i.Device.Value == device.DeviceId, TimeSpan.FromSeconds(10));
            recorder?.Record(start, pushed.ReceivedTimestamp);
        }
    }
}
