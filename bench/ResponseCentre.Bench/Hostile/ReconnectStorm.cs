using System.Diagnostics;
using System.Globalization;
using MQTTnet;
using MQTTnet.Formatter;
using ResponseCentre.Testing;

namespace ResponseCentre.Bench.Hostile;

/// <summary>Registered devices with valid secrets connecting and disconnecting in a loop, each as fast as the server lets it.</summary>
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
            var options = new MqttClientOptionsBuilder()
                .WithTcpServer("127.0.0.1", port)
                .WithClientId(deviceId)
                .WithCredentials(deviceId, TestDevice.DemoSecret)
                .WithProtocolVersion(MqttProtocolVersion.V500)
                .WithTimeout(HandshakeTimeout)
                .Build();
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
