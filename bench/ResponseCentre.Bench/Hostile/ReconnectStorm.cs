using System.Diagnostics;
using System.Globalization;
using System.Net;
using MQTTnet;
using MQTTnet.Formatter;
using ResponseCentre.Testing;

namespace ResponseCentre.Bench.Hostile;

/// <summary>
/// Registered devices with valid secrets connecting and disconnecting in a loop, each as fast as the
/// server lets it. Each device connects from a loopback address of its own range (127.0.1.x to
/// 127.0.4.x), as real devices come from many hosts: from one address, the per-address cap on
/// connections not yet past CONNECT would turn most of the storm away before any handshake.
/// </summary>
internal static class ReconnectStorm
{
    private static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(10);

    public static async Task<StormResult> RunAsync(int port, int devices, TimeSpan duration)
    {
        var completed = 0;
        var refused = 0;
        var failed = 0;
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(duration);
        await Task.WhenAll(Enumerable.Range(1, devices).Select(async n =>
        {
            var deviceId = string.Create(CultureInfo.InvariantCulture, $"sim-{n:D4}");
            using var client = new MqttClientFactory().CreateMqttClient();
            var source = new IPAddress([127, 0, (byte)(1 + (n / 250)), (byte)(1 + (n % 250))]);
            var options = new MqttClientOptionsBuilder()
                .WithTcpServer("127.0.0.1", port)
                .WithClientId(deviceId)
                .WithCredentials(deviceId, TestDevice.DemoSecret)
                .WithProtocolVersion(MqttProtocolVersion.V500)
                .WithTimeout(HandshakeTimeout)
                .Build();
            ((MqttClientTcpOptions)options.ChannelOptions).LocalEndpoint = new IPEndPoint(source, 0);
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var connack = await client.ConnectAsync(options, CancellationToken.None);
                    if (connack.ResultCode == MqttClientConnectResultCode.Success)
                    {
                        Interlocked.Increment(ref completed);
                        await client.DisconnectAsync();
                    }
                    else
                    {
                        Interlocked.Increment(ref refused);
                    }
                }
                catch (Exception ex) when (ex is MQTTnet.Exceptions.MqttCommunicationException or OperationCanceledException or InvalidOperationException)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }));

        return new StormResult(devices, completed, refused, failed, clock.Elapsed);
    }
}
