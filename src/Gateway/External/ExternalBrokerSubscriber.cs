using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Protocol;
using Polly;
using Polly.Retry;
using ResponseCentre.Gateway.Ingest;

namespace ResponseCentre.Gateway.External;

/// <summary>
/// Takes this node's share of device events from the external broker. A message is acknowledged to
/// the broker only once it is stored (or refused for good); until then the broker keeps it, and gives
/// it again after a reconnect, to this node or, once its session is gone, to another.
/// </summary>
internal sealed class ExternalBrokerSubscriber : BackgroundService
{
    private static readonly TimeSpan MaxReconnectDelay = TimeSpan.FromSeconds(5);

    private readonly ExternalBrokerClient _broker;
    private readonly DeviceMessageProcessor _processor;
    private readonly ILogger<ExternalBrokerSubscriber> _logger;
    private readonly KeyedSerialQueue _perDevice = new();
    private readonly ResiliencePipeline<IngestResult> _untilStored;
    private readonly CancellationTokenSource _stopping = new();
    private TaskCompletionSource _disconnected = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ExternalBrokerSubscriber(ExternalBrokerClient broker, DeviceMessageProcessor processor, TimeProvider time, ILogger<ExternalBrokerSubscriber> logger)
    {
        _broker = broker;
        _processor = processor;
        _logger = logger;
        // An alarm that cannot be stored now (a silo just died, the database is failing over) is
        // retried until it is: it stays unacknowledged with the broker meanwhile, so nothing is lost.
        _untilStored = new ResiliencePipelineBuilder<IngestResult> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<IngestResult>
            {
                ShouldHandle = new PredicateBuilder<IngestResult>().HandleResult(result => result.Failure is not null),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromMilliseconds(100),
                MaxDelay = TimeSpan.FromSeconds(5),
                UseJitter = true,
            })
            .Build();
        _broker.Client.ApplicationMessageReceivedAsync += OnMessageAsync;
        _broker.Client.DisconnectedAsync += _ =>
        {
            _disconnected.TrySetResult();
            return Task.CompletedTask;
        };
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await base.StopAsync(cancellationToken);
        if (_broker.Client.IsConnected)
        {
            // Keep the session: alarms that arrive while this node is away are queued for it.
            await _broker.Client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().WithSessionExpiryInterval(
                (uint)_broker.Options.SessionExpiry.TotalSeconds).Build(), cancellationToken);
        }
    }

    public override void Dispose()
    {
        _stopping.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(200);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                _disconnected = new(TaskCreationOptions.RunContinuationsAsynchronously);
                await ConnectAndSubscribeAsync(stoppingToken);
                delay = TimeSpan.FromMilliseconds(200);
                await _disconnected.Task.WaitAsync(stoppingToken);
                ExternalBrokerLog.Disconnected(_logger, _broker.Options.Host, _broker.Options.Port);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                ExternalBrokerLog.ConnectFailed(_logger, ex, _broker.Options.Host, _broker.Options.Port, delay);
                await Task.Delay(delay, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxReconnectDelay.Ticks));
            }
        }
    }

    private async Task ConnectAndSubscribeAsync(CancellationToken cancellationToken)
    {
        var connected = await _broker.Client.ConnectAsync(_broker.ConnectOptions, cancellationToken);
        var subscription = new MqttClientSubscribeOptionsBuilder();
        foreach (var filter in _broker.Options.SharedFilters)
        {
            subscription.WithTopicFilter(filter, MqttQualityOfServiceLevel.AtLeastOnce);
        }

        var subscribed = await _broker.Client.SubscribeAsync(subscription.Build(), cancellationToken);
        foreach (var item in subscribed.Items.Where(item => item.ResultCode != MqttClientSubscribeResultCode.GrantedQoS1))
        {
            throw new InvalidOperationException($"The broker answered the subscription to '{item.TopicFilter.Topic}' with {item.ResultCode}, not QoS 1");
        }

        var filters = string.Join("', '", _broker.Options.SharedFilters);
        ExternalBrokerLog.Subscribed(_logger, _broker.Options.Host, _broker.Options.Port, filters, connected.IsSessionPresent);
    }

    private Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs args)
    {
        // Acknowledged by hand once stored. Returning at once lets the next message (another
        // device's) start while this one is being stored; one device's messages stay in order.
        args.AutoAcknowledge = false;
        _ = _perDevice.Enqueue(args.ApplicationMessage.Topic, () => HandleAsync(args));
        return Task.CompletedTask;
    }

    private async Task HandleAsync(MqttApplicationMessageReceivedEventArgs args)
    {
        var message = args.ApplicationMessage;
        try
        {
            var result = await _untilStored.ExecuteAsync(
                async _ => await _processor.ProcessAsync(message.Topic, message.Payload, message.Retain), _stopping.Token);
            if (result.Rejection is { } rejection)
            {
                GatewayLog.PublishRejected(_logger, "(external broker)", message.Topic, rejection.Reason, rejection.Detail);
            }

            await args.AcknowledgeAsync(_stopping.Token);
        }
        catch (Exception ex)
        {
            // Stopping, or the connection dropped before the PUBACK went out: the broker still has
            // the message and delivers it again; storing it twice is recognised as a redelivery.
            ExternalBrokerLog.LeftUnacknowledged(_logger, ex, message.Topic);
        }
    }
}
