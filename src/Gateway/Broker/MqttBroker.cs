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
    private readonly ConnectionLimitsOptions _limits;
    private readonly ILogger<MqttBroker> _logger;

    public MqttBroker(
        MqttServer server, DeviceMessageIngestor ingestor, ConnectionGate gate, IOptions<BrokerOptions> options,
        IOptions<ConnectionLimitsOptions> limits, ILogger<MqttBroker> logger)
    {
        _server = server;
        _options = options.Value;
        _limits = limits.Value;
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
        if (FileHandleLimit.Current() is { } current && current < FileHandleLimit.Needed(_limits))
        {
            GatewayLog.FileHandleLimitLow(_logger, current, FileHandleLimit.Needed(_limits));
        }
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
