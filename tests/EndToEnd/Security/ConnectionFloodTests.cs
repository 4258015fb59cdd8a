using System.Net;
using MQTTnet;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests.Security;

/// <summary>Pending-connection caps small enough to reach with a few sockets: 8 per address, 16 in all; at most 3 devices connected; 5 s to send a CONNECT.</summary>
public sealed class FloodGuardedApp : ConfiguredApp
{
    public const int PendingPerAddress = 8;
    public const int Pending = 16;
    public const int Connections = 3;

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Gateway:Broker:Connections:MaxPendingPerAddress"] = "8",
        ["Gateway:Broker:Connections:MaxPendingConnections"] = "16",
        ["Gateway:Broker:Connections:MaxConnections"] = "3",
        ["Gateway:Broker:Connections:ConnectTimeout"] = "00:00:05",
    };
}

/// <summary>
/// Strangers holding sockets open without a CONNECT cost the broker a bounded number of them:
/// beyond the caps their connections are closed at once, while devices, alarms and HTTP go on.
/// </summary>
[Collection(MeasuredAlone.Name)]
public sealed class ConnectionFloodTests(FloodGuardedApp guarded) : IClassFixture<FloodGuardedApp>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private const string Dropped = "responsecentre_gateway_connections_dropped";

    [Fact]
    public async Task Connections_past_the_pending_caps_are_closed_at_once_while_a_connected_device_alarm_and_http_are_served()
    {
        var app = guarded.App;
        var before = (await MetricsScrape.GetAsync(app.BaseAddress)).ByLabel(Dropped, "reason");
        await using var device = await TestDevice.ConnectAsync(app.MqttPort, "sim-0951");
        var held = new List<StrangerSocket>();
        try
        {
            for (var i = 0; i < FloodGuardedApp.PendingPerAddress; i++)
            {
                held.Add(await StrangerSocket.OpenAsync(app.MqttPort, "127.0.0.2"));
            }

            using (var overAddressCap = await StrangerSocket.OpenAsync(app.MqttPort, "127.0.0.2"))
            {
                await overAddressCap.ClosedByBrokerAsync(Patience);
            }

            for (var i = 0; i < FloodGuardedApp.Pending - FloodGuardedApp.PendingPerAddress; i++)
            {
                held.Add(await StrangerSocket.OpenAsync(app.MqttPort, "127.0.0.3"));
            }

            using (var overTotalCap = await StrangerSocket.OpenAsync(app.MqttPort, "127.0.0.4"))
            {
                await overTotalCap.ClosedByBrokerAsync(Patience);
            }

            Assert.DoesNotContain(held, socket => socket.ResetAtOnce);
            var after = (await MetricsScrape.WaitForAsync(app.BaseAddress,
                scrape => Count(scrape.ByLabel(Dropped, "reason"), "pending-limit") > Count(before, "pending-limit"), Patience, "a pending-limit drop"))
                .ByLabel(Dropped, "reason");
            Assert.Equal(Count(before, "address-limit") + 1, Count(after, "address-limit"));
            Assert.Equal(Count(before, "pending-limit") + 1, Count(after, "pending-limit"));

            await device.PublishAlarmAsync(AlarmKind.Fall, messageId: "flood-1");
            var ack = await device.Acks.FirstMatchAsync(a => a.MessageId == "flood-1", Patience);
            Assert.Equal(AckStatus.Received, ack.Status);

            using var http = new HttpClient { BaseAddress = app.BaseAddress };
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
        }
        finally
        {
            held.ForEach(socket => socket.Dispose());
        }
    }

    [Fact]
    public async Task A_device_past_the_connection_limit_is_told_the_server_is_busy()
    {
        var connected = new List<IMqttClient>();
        try
        {
            MqttClientConnectResult? refused = null;
            for (var n = 0; n < FloodGuardedApp.Connections + 2 && refused is null; n++)
            {
                var deviceId = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"sim-096{n}");
                var (client, result) = await SecureMqtt.ConnectAsync(guarded.App.MqttPort, deviceId, deviceId, TestDevice.DemoSecret);
                connected.Add(client);
                refused = result.ResultCode == MqttClientConnectResultCode.Success ? null : result;
            }

            Assert.NotNull(refused);
            Assert.Equal(MqttClientConnectResultCode.ServerBusy, refused.ResultCode);
            Assert.Contains("limit", refused.ReasonString, StringComparison.Ordinal);
            // One more than the limit can be open while a device from another test is still being let go.
            Assert.InRange(connected.Count(c => c.IsConnected), FloodGuardedApp.Connections - 1, FloodGuardedApp.Connections);
        }
        finally
        {
            foreach (var client in connected)
            {
                client.Dispose();
            }
        }
    }

    [Fact]
    public async Task A_connection_that_never_sends_its_connect_is_closed_after_the_connect_timeout()
    {
        var before = await DroppedAsync("connect-timeout");
        using var idle = await StrangerSocket.OpenAsync(guarded.App.MqttPort, "127.0.0.20");

        // The connect timeout is 5 s here, as by default (MQTTnet's own was 100 s).
        await idle.ClosedByBrokerAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(before + 1, await DroppedWhenAtLeastAsync("connect-timeout", before + 1));
    }

    [Theory]
    [InlineData("127.0.0.21", new byte[] { 0x10, 0xFF, 0xFF, 0xFF, 0x7F })] // CONNECT declaring 268 MB
    [InlineData("127.0.0.22", new byte[] { 0x10, 0x81, 0x20 })] // CONNECT declaring 4,097 bytes
    [InlineData("127.0.0.23", new byte[] { 0x30, 0x05, 0x00, 0x01, 0x61, 0x62, 0x63 })] // a PUBLISH before any CONNECT
    public async Task An_oversized_or_missing_connect_is_closed_before_its_body_is_read(string source, byte[] header)
    {
        var before = await DroppedAsync("connect-limit");
        using var stranger = await StrangerSocket.OpenAsync(guarded.App.MqttPort, source);

        await stranger.SendAsync(header);
        await stranger.ClosedByBrokerAsync(Patience);

        Assert.Equal(before + 1, await DroppedWhenAtLeastAsync("connect-limit", before + 1));
    }

    private static double Count(IReadOnlyDictionary<string, double> byReason, string reason) => byReason.GetValueOrDefault(reason);

    private async Task<double> DroppedAsync(string reason) =>
        Count((await MetricsScrape.GetAsync(guarded.App.BaseAddress)).ByLabel(Dropped, "reason"), reason);

    private async Task<double> DroppedWhenAtLeastAsync(string reason, double atLeast)
    {
        var scrape = await MetricsScrape.WaitForAsync(guarded.App.BaseAddress,
            s => Count(s.ByLabel(Dropped, "reason"), reason) >= atLeast, Patience, $"{atLeast} drops for {reason}");
        return Count(scrape.ByLabel(Dropped, "reason"), reason);
    }
}
