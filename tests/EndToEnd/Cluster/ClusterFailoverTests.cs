using System.Diagnostics;
using MQTTnet;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;
using Xunit.Abstractions;

namespace ResponseCentre.EndToEnd.Tests.Cluster;

/// <summary>Three silos on PostgreSQL; one is killed; its residents' next alarms still reach the dashboard.</summary>
[Collection(LocalClusterTests.Name)]
public sealed class ClusterFailoverTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task After_a_silo_is_killed_its_residents_new_alarms_reach_a_dashboard_on_another_node()
    {
        await using var cluster = await LocalCluster.StartAsync();
        var dashboardPort = FreeTcpPort.Find();
        await cluster.StartNodeAsync("gateway", gateway: true, dashboard: true, FreeTcpPort.Find());
        await cluster.StartNodeAsync("dashboard", gateway: false, dashboard: true, dashboardPort);
        var victim = await cluster.StartNodeAsync("worker", gateway: false, dashboard: false, FreeTcpPort.Find());

        // The operator watches a dashboard node that is not the gateway node: every incident must reach it.
        await using var operators = await DashboardListener.ConnectAsync(new Uri($"http://127.0.0.1:{dashboardPort}"));
        var devices = await ConnectDevicesAsync(cluster.Broker.Port);
        try
        {
            // One alarm from every resident activates their grains, spread over the three silos:
            // with 60 residents, the chance that none lives on the worker is (2/3)^60, about 3e-11.
            var deviceIds = devices.Select(d => d.DeviceId).ToList();
            await PublishFromEachAsync(devices, AlarmKind.Fall);
            await operators.WaitForEachAsync(deviceIds, i => i.Kind == IncidentKind.Fall ? i.Device.Value : null, Patience);

            victim.KillHard();
            var killed = Stopwatch.GetTimestamp();
            await PublishFromEachAsync(devices, AlarmKind.StoveGuard);
            var arrivals = await operators.WaitForEachAsync(deviceIds, i => i.Kind == IncidentKind.StoveGuard ? i.Device.Value : null, Patience);

            var sinceKill = arrivals.Values.Select(t => Stopwatch.GetElapsedTime(killed, t).TotalMilliseconds).Order().ToList();
            output.WriteLine($"silo kill -> new alarm on the dashboard, {sinceKill.Count} residents: " +
                $"first {sinceKill[0]:F0} ms, median {sinceKill[sinceKill.Count / 2]:F0} ms, last {sinceKill[^1]:F0} ms");
        }
        catch (Exception ex) when (ex is TimeoutException)
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

    internal static async Task<List<TestDevice>> ConnectDevicesAsync(int brokerPort)
    {
        var devices = new List<TestDevice>();
        for (var n = 1; n <= LocalCluster.SimulatedResidents; n++)
        {
            devices.Add(await TestDevice.ConnectAsync(brokerPort, LocalCluster.DeviceId(n)));
        }

        return devices;
    }

    internal static async Task PublishFromEachAsync(IEnumerable<TestDevice> devices, AlarmKind kind)
    {
        // QoS 1: the broker acknowledges once it holds the message; the gateway takes it from there.
        var results = await Task.WhenAll(devices.Select(device => device.PublishAlarmAsync(kind)));
        Assert.All(results, result => Assert.True(result.IsSuccess, $"{result.ReasonCode} {result.ReasonString}"));
        Assert.All(results, result => Assert.NotEqual(MqttClientPublishReasonCode.NoMatchingSubscribers, result.ReasonCode));
    }
}
