using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using ResponseCentre.Dashboard.Hosting;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;
using Xunit.Abstractions;

namespace ResponseCentre.EndToEnd.Tests.Cluster;

/// <summary>
/// Two gateway nodes share the devices' events through Mosquitto; one is killed mid-stream and
/// started again: every alarm the broker acknowledged to a device ends up stored.
/// </summary>
[Collection(LocalClusterTests.Name)]
public sealed class GatewayNodeKillTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private const string SubscribedLine = "Subscribed to 127.0.0.1";
    private const string StoredLine = "stored as incident"; // the gateway's debug line per alarm
    private static readonly AlarmKind[] Kinds = [AlarmKind.Fall, AlarmKind.StoveGuard, AlarmKind.WaterLeak, AlarmKind.Seizure];

    [Fact]
    public async Task No_QoS_1_alarm_is_lost_when_a_gateway_node_is_killed_and_restarted()
    {
        await using var cluster = await LocalCluster.StartAsync();
        var httpPort = FreeTcpPort.Find();
        var nodeA = await cluster.StartNodeAsync("a", gateway: true, dashboard: true, httpPort);
        var nodeB = await cluster.StartNodeAsync("b", gateway: true, dashboard: false, FreeTcpPort.Find());
        // Both nodes in the share group before the first alarm, so the broker splits the stream between them.
        await Task.WhenAll(nodeA.WaitForOutputAsync(SubscribedLine, Patience), nodeB.WaitForOutputAsync(SubscribedLine, Patience));
        await using var operators = await DashboardListener.ConnectAsync(new Uri($"http://127.0.0.1:{httpPort}"));
        var devices = await ClusterFailoverTests.ConnectDevicesAsync(cluster.Broker.Port);
        try
        {
            // Each device sends each kind once: distinct kinds open distinct incidents, so every
            // alarm the broker acknowledged must show up as its own incident.
            var acknowledged = new ConcurrentBag<string>();

            // A first round that both nodes take part in, so node b is warm and busy when it dies.
            var bIsStoring = nodeB.WaitForOutputAsync(StoredLine, Patience);
            var first = Kinds[0];
            await ClusterFailoverTests.PublishFromEachAsync(devices, first);
            devices.ForEach(device => acknowledged.Add(Key(device.DeviceId, first)));
            await operators.WaitForEachAsync([.. acknowledged], i => Key(i.Device.Value, i.Kind), Patience);
            await bIsStoring;

            var halfway = new TaskCompletionSource();
            var total = devices.Count * Kinds.Length;
            var stream = Task.Run(async () =>
            {
                foreach (var kind in Kinds.Skip(1))
                {
                    await Task.WhenAll(devices.Select(async device =>
                    {
                        if ((await device.PublishAlarmAsync(kind)).IsSuccess)
                        {
                            acknowledged.Add(Key(device.DeviceId, kind));
                        }

                        // The kill lands in the middle of a burst, while node b holds alarms it has not stored yet.
                        if (acknowledged.Count >= total / 2 + devices.Count / 4)
                        {
                            halfway.TrySetResult();
                        }
                    }));
                }
            });

            await halfway.Task.WaitAsync(Patience);
            nodeB.KillHard();
            await stream;
            Assert.Equal(total, acknowledged.Count); // the broker took every publish, node or no node

            // Node b comes back under the same client id: the broker hands it what was queued for it
            // and redelivers what it had in flight when it died.
            var restarted = await cluster.StartNodeAsync("b-restarted", gateway: true, dashboard: false, FreeTcpPort.Find(), clientIdOf: "b");
            await restarted.WaitForOutputAsync("session kept by the broker: True", Patience);
            await restarted.WaitForOutputAsync(StoredLine, Patience); // it was handed what the broker kept for it
            var streamed = acknowledged.Where(key => !key.EndsWith($"/{first}", StringComparison.Ordinal)).ToList();
            var seen = await operators.WaitForEachAsync(streamed, i => Key(i.Device.Value, i.Kind), Patience);

            var stored = await CountStoredAsync(httpPort);
            output.WriteLine($"acknowledged by the broker: {acknowledged.Count}; pushed to the dashboard after the warm-up round: {seen.Count}; stored (open incidents): {stored}");
            Assert.Equal(acknowledged.Count, stored);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}{Environment.NewLine}{cluster.DescribeNodes()}", ex);
        }
        finally
        {
            foreach (var device in devices)
            {
                await device.DisposeAsync();
            }
        }
    }

    // The kinds chosen have the same name as device alarm and as incident.
    private static string Key(string device, AlarmKind kind) => $"{device}/{kind}";

    private static string Key(string device, IncidentKind kind) => $"{device}/{kind}";

    private static async Task<int> CountStoredAsync(int httpPort)
    {
        using var http = await SignIn.AsAdministratorAsync(new Uri($"http://127.0.0.1:{httpPort}"));
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        DashboardJson.Configure(json);
        var incidents = await http.GetFromJsonAsync<List<IncidentView>>("/api/incidents", json) ?? [];
        return incidents.Count(i => i.Device.Value.StartsWith("sim-", StringComparison.Ordinal));
    }
}
