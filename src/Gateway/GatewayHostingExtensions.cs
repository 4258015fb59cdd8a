using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MQTTnet.Server;
using ResponseCentre.Gateway.Broker;
using ResponseCentre.Gateway.Connections;
using ResponseCentre.Gateway.External;
using ResponseCentre.Gateway.Ingest;
using ResponseCentre.Gateway.Limits;
using ResponseCentre.Gateway.Observability;
using ResponseCentre.Gateway.Security;

namespace ResponseCentre.Gateway;

public static class GatewayHostingExtensions
{
    /// <summary>
    /// Adds the device gateway: validates device messages and turns them into grain commands, behind
    /// an embedded MQTT broker (default) or a shared subscription to an external one (<c>Gateway:Mode</c>).
    /// Call after the silo or cluster client is added, so it starts after them.
    /// </summary>
    public static IHostApplicationBuilder AddMqttGateway(this IHostApplicationBuilder builder)
    {
        var mode = builder.Configuration.GetSection(GatewayOptions.Section).Get<GatewayOptions>()?.Mode ?? GatewayMode.EmbeddedBroker;
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AlarmIngest>();
        builder.Services.AddSingleton<TelemetryIngest>();
        builder.Services.AddSingleton<StatusIngest>();
        builder.Services.AddSingleton<ZigbeeIngest>();
        builder.Services.AddSingleton<DeviceMessageProcessor>();
        builder.Services.AddOptions<GatewayLimitsOptions>()
            .Bind(builder.Configuration.GetSection(GatewayLimitsOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<TimestampWindow>();
        builder.Services.AddSingleton<TelemetryLane>();
        builder.Services.AddSingleton<DeviceRateLimiter>();
        builder.Services.AddSingleton<GatewayMetrics>();
        builder.AddRefusalLog();
        if (mode == GatewayMode.ExternalBroker)
        {
            AddExternalBroker(builder);
        }
        else
        {
            AddEmbeddedBroker(builder);
        }

        builder.Services.AddHostedService<HelpComingNotifier>();
        return builder;
    }

    private static void AddEmbeddedBroker(IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BrokerOptions>()
            .Bind(builder.Configuration.GetSection(BrokerOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => IPAddress.TryParse(o.BindAddress, out _), "Gateway:Broker:BindAddress must be an IP address")
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<BrokerOptions>, BridgeAccountsValidation>();

        builder.Services.AddOptions<ConnectionLimitsOptions>()
            .Bind(builder.Configuration.GetSection(ConnectionLimitsOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.ConnectTimeout > TimeSpan.Zero, "Gateway:Broker:Connections:ConnectTimeout must be positive")
            .ValidateOnStart();
        builder.Services.AddSingleton(services => DeviceCertificatesFrom(services.GetRequiredService<IOptions<BrokerOptions>>().Value.Tls));
        builder.Services.AddSingleton<ConnectionAdmission>();
        builder.Services.AddSingleton<ConnectionPolicy>();
        builder.Services.AddSingleton<ConnectionMetrics>();
        builder.Services.AddSingleton<HandshakeLimiter>();
        builder.Services.AddSingleton<ConnectionGate>();
        builder.Services.AddSingleton<GuardedTcpServerAdapter>();
        builder.Services.AddSingleton(services => new MqttServerFactory().CreateMqttServer(
            // Devices that keep a persistent session get acknowledgements queued while they are away.
            new MqttServerOptionsBuilder().WithPersistentSessions().Build(),
            [services.GetRequiredService<GuardedTcpServerAdapter>()]));
        builder.Services.AddSingleton<IDeviceAckChannel, BrokerAckChannel>();
        builder.Services.AddSingleton<DeviceMessageIngestor>();
        builder.Services.AddSingleton<DeviceAuthenticator>();
        builder.Services.AddHostedService<MqttBroker>();
    }

    private static void AddExternalBroker(IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ExternalBrokerOptions>()
            .Bind(builder.Configuration.GetSection(ExternalBrokerOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton<ExternalBrokerClient>();
        builder.Services.AddSingleton<IDeviceAckChannel>(services => services.GetRequiredService<ExternalBrokerClient>());
        builder.Services.AddHostedService<ExternalBrokerSubscriber>();
    }

    private static DeviceCertificates DeviceCertificatesFrom(BrokerTlsOptions tls)
    {
        if (tls.CertificatePath is null || tls.ClientCertificates == ClientCertificateMode.Off)
        {
            return DeviceCertificates.Off;
        }

        var caPath = tls.ClientCaPath
            ?? throw new OptionsValidationException(BrokerOptions.Section, typeof(BrokerTlsOptions), ["Gateway:Broker:Tls:ClientCaPath is required when ClientCertificates is on"]);
        return new DeviceCertificates(X509CertificateLoader.LoadCertificateFromFile(caPath), tls.ClientCertificates);
    }
}
