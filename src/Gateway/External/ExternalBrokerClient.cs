using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Formatter;
using ResponseCentre.Gateway.Ingest;
using ResponseCentre.Protocol;

namespace ResponseCentre.Gateway.External;

/// <summary>This node's one MQTT connection to the external broker: events come in on it, acknowledgements go out on it.</summary>
internal sealed class ExternalBrokerClient(IOptions<ExternalBrokerOptions> options) : IDeviceAckChannel, IDisposable
{
    public IMqttClient Client { get; } = new MqttClientFactory().CreateMqttClient();

    public ExternalBrokerOptions Options => options.Value;

    public MqttClientOptions ConnectOptions { get; } = BuildConnectOptions(options.Value);

    public async Task SendAsync(string deviceId, AckMessage ack)
    {
        var result = await Client.PublishAsync(AckMessages.Build(deviceId, ack));
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"The broker refused the ack to device '{deviceId}': {result.ReasonCode} {result.ReasonString}");
        }
    }

    public void Dispose() => Client.Dispose();

    private static MqttClientOptions BuildConnectOptions(ExternalBrokerOptions options)
    {
        var builder = new MqttClientOptionsBuilder()
            .WithTcpServer(options.Host, options.Port)
            .WithClientId(options.ClientId)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            // A persistent session: what the broker holds for this node survives the node's restart.
            .WithCleanStart(false)
            .WithSessionExpiryInterval((uint)options.SessionExpiry.TotalSeconds);
        if (options.Username is not null)
        {
            builder.WithCredentials(options.Username, options.Password);
        }

        return builder.Build();
    }
}
