using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using MQTTnet;
using ResponseCentre.Dashboard.Hosting;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests;

/// <summary>Nothing a device saw acknowledged is lost when the single process is killed mid-stream.</summary>
public sealed class CrashRecoveryTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rc-crash-" + Guid.NewGuid().ToString("N"));
    private readonly int _httpPort = FreeTcpPort.Find();
    private readonly int _mqttPort = FreeTcpPort.Find();

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Every_alarm_acknowledged_before_a_kill_9_is_stored_and_its_escalation_goes_on_after_the_restart()
    {
        var dataSource = Path.Combine(_folder, "responsecentre.db");
        var acknowledged = new ConcurrentBag<string>();
        using (var server = await ServerProcess.StartAsync(dataSource, _httpPort, _mqttPort))
        {
            await UseShortStepsAsync();
            var enough = new TaskCompletionSource();
            var stream = Parallel.ForEachAsync(Enumerable.Range(1, 1000), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (n, _) =>
            {
                var deviceId = string.Create(CultureInfo.InvariantCulture, $"sim-{n:D4}");
                if (await TryPublishAsync(deviceId))
                {
                    acknowledged.Add(deviceId);
                    if (acknowledged.Count >= 200)
                    {
                        enough.TrySetResult();
                    }
                }
            });

            await enough.Task.WaitAsync(TimeSpan.FromSeconds(60));
            server.KillHard();
            await stream;
        }

        using var restarted = await ServerProcess.StartAsync(dataSource, _httpPort, _mqttPort);
        await using var operators = await DashboardListener.ConnectAsync(new Uri($"http://127.0.0.1:{_httpPort}"));
        var stored = (await ListOpenIncidentsAsync()).Select(i => i.Device.Value).ToHashSet();

        // Deadlines that passed while the process was dead are fired by the reminders (one-minute period) after the restart.
        var escalated = await operators.WaitForNoticeAsync(n => acknowledged.Contains(n.Incident.Device.Value) && n.Step >= 1, TimeSpan.FromSeconds(120));
        Assert.Equal("demo", escalated.Incident.Tenant.Value);
        output.WriteLine($"acknowledged before the kill: {acknowledged.Count}; stored after the restart: {stored.Count}; acknowledged and stored: {acknowledged.Count(stored.Contains)}");
        Assert.True(acknowledged.Count >= 200);
        var lost = acknowledged.Where(device => !stored.Contains(device)).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} of {acknowledged.Count} acknowledged alarms missing after the restart: {string.Join(", ", lost.Take(10))}");
    }

    private async Task UseShortStepsAsync()
    {
        using var http = await SignIn.AsAdministratorAsync(new Uri($"http://127.0.0.1:{_httpPort}"));
        var policy = new
        {
            tenant = "demo", timeZone = "Europe/Oslo",
            routing = new[] { new { team = "demo-home-nursing", kinds = Array.Empty<string>(), district = (string?)null, minimumCareLevel = (string?)null, from = (string?)null, to = (string?)null, onlyAssignedTeam = false } },
            escalation = new[]
            {
                new { name = "short", kinds = Array.Empty<string>(), priority = (string?)null, repeats = 0,
                      steps = new[] { new { notify = "OnDutyResponder", wait = "00:00:02" }, new { notify = "WholeTeam", wait = "00:00:02" }, new { notify = "Operators", wait = "00:00:02" } } },
            },
        };
        using var response = await http.PutAsJsonAsync("/api/admin/tenants/demo/policies", policy);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<bool> TryPublishAsync(string deviceId)
    {
        TestDevice? device = null;
        try
        {
            device = await TestDevice.ConnectAsync(_mqttPort, deviceId);
            var puback = await device.PublishAlarmAsync(AlarmKind.Fall).WaitAsync(TimeSpan.FromSeconds(10));
            return puback.ReasonCode == MqttClientPublishReasonCode.Success;
        }
        catch (Exception ex) when (ex is MQTTnet.Exceptions.MqttCommunicationException or TimeoutException or OperationCanceledException or ObjectDisposedException)
        {
            return false; // the server was killed: not acknowledged, so the device would still hold it
        }
        finally
        {
            await DisconnectQuietlyAsync(device);
        }
    }

    // A client whose server was killed mid-session may throw while closing; the outcome was decided above.
    private static async Task DisconnectQuietlyAsync(TestDevice? device)
    {
        try
        {
            if (device is not null)
            {
                await device.DisposeAsync();
            }
        }
        catch (Exception ex) when (ex is MQTTnet.Exceptions.MqttCommunicationException or ObjectDisposedException or OperationCanceledException)
        {
        }
    }

    private async Task<List<IncidentView>> ListOpenIncidentsAsync()
    {
        using var http = await SignIn.AsAdministratorAsync(new Uri($"http://127.0.0.1:{_httpPort}"));
        var json = new JsonSerializerOptions();
        DashboardJson.Configure(json);
        return (await http.GetFromJsonAsync<List<IncidentView>>("/api/incidents", json))!;
    }
}
