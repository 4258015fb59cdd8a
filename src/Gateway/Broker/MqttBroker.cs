using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet.Server;
using ResponseCentre.Gateway.Ingest;
using ResponseCentre.Gateway.Connections;

namespace ResponseCentre.Gateway.Broker;

/// <summary>Runs the embedded MQTTnet broker; the one place its hooks are attached.</summary>
internal sealed class MqttBroker : IHostedService
{
    private readonly MqttServer _server;
    private readonly BrokerOptions _options;
    private readonly ILogger<MqttBroker> _logger;

    public MqttBroker(
        MqttServer server, DeviceMessageIngestor ingestor, ConnectionGate gate, IOptions<BrokerOptions> options, ILogger<MqttBroker> logger)
    {
        _server = server;
        _options = options.Value;
        _logger = logger;
        _server.ValidatingConnectionAsync += gate.ValidateAsync;
        _server.InterceptingPublishAsync += ingestor.InterceptAsync;
        _server.InterceptingSubscriptionAsync += ingestor.InterceptSubscriptionAsync;
        _server.ClientDisconnectedAsync += ingestor.ForgetAsync;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _server.StartAsync();
        GatewayLog.BrokerListening(_logger, _options.BindAddress, _options.Port);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _server.StopAsync();
        }
        catch (InvalidOperationException ex)
        {
            // MQTTnet 5.2's listener clean-up can race with connections closing at the same moment
            // ("collection was modified"). The broker is stopping either way and no alarm is at stake:
            // unacknowledged publishes stay with their devices. Log it rather than fail the shutdown.
            GatewayLog.BrokerStopRaced(_logger, ex);
        }
    }
}
