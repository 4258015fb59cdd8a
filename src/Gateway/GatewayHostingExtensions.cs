using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MQTTnet.Server;
using ResponseCentre.Gateway.Broker;
using ResponseCentre.Gateway.Ingest;

namespace ResponseCentre.Gateway;

public static class GatewayHostingExtensions
{
    /// <summary>
    /// Adds the device gateway: an embedded MQTT broker that validates device messages and turns
    /// them into grain commands. Call after the silo or cluster client is added, so it starts after them.
    /// </summary>
    public static IHostApplicationBuilder AddMqttGateway(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BrokerOptions>()
            .Bind(builder.Configuration.GetSection(BrokerOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => IPAddress.TryParse(o.BindAddress, out _), "Gateway:Broker:BindAddress must be an IP address")
            .ValidateOnStart();

        builder.Services.AddSingleton(services => CreateServer(services.GetRequiredService<IOptions<BrokerOptions>>().Value));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<DeviceAcknowledger>();
        builder.Services.AddSingleton<DeviceMessageIngestor>();
        builder.Services.AddHostedService<MqttBroker>();
        builder.Services.AddHostedService<HelpComingNotifier>();
        return builder;
    }

    private static MqttServer CreateServer(BrokerOptions options)
    {
        var serverOptions = new MqttServerOptionsBuilder()
            .WithDefaultEndpoint()
            .WithDefaultEndpointBoundIPAddress(IPAddress.Parse(options.BindAddress))
            .WithDefaultEndpointPort(options.Port)
            // Devices that keep a persistent session get acknowledgements queued while they are away.
            .WithPersistentSessions()
            .Build();
        return new MqttServerFactory().CreateMqttServer(serverOptions);
    }
}
