using MQTTnet;
using MQTTnet.Formatter;

namespace ResponseCentre.EndToEnd.Tests.Security;

/// <summary>
/// A bare MQTTnet client for what <see cref="Testing.TestDevice"/> does not expose: a CONNECT with
/// any client id and credentials (or none) and the broker's CONNACK, and subscriptions to any filter.
/// </summary>
internal static class SecureMqtt
{
    /// <summary>Connects and returns the client with the CONNACK; the caller disposes the client.</summary>
    public static async Task<(IMqttClient Client, MqttClientConnectResult Result)> ConnectAsync(
        int port, string clientId, string? userName, string? password, MqttProtocolVersion version = MqttProtocolVersion.V500)
    {
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", port)
            .WithClientId(clientId)
            .WithProtocolVersion(version)
            .WithTimeout(TimeSpan.FromSeconds(10));
        if (userName is not null)
        {
            options = options.WithCredentials(userName, password);
        }

        var client = new MqttClientFactory().CreateMqttClient();
        try
        {
            // MQTTnet 5 returns a refused CONNACK as the result rather than throwing.
            var result = await client.ConnectAsync(options.Build());
            return (client, result);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Connects, returns the CONNACK's result code and closes the connection again.</summary>
    public static async Task<MqttClientConnectResultCode> ConnectResultAsync(
        int port, string clientId, string? userName, string? password, MqttProtocolVersion version = MqttProtocolVersion.V500)
    {
        var (client, result) = await ConnectAsync(port, clientId, userName, password, version);
        using (client)
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync();
            }
        }

        return result.ResultCode;
    }
}
