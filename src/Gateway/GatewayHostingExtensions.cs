using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MQTTnet.Server;
using ResponseCentre.Gateway.Broker;
using ResponseCentre.Gateway.External;
using ResponseCentre.Gateway.Ingest;
using ResponseCentre.Gateway.Limits;
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

        builder.Services.AddSingleton(services => DeviceCertificatesFrom(services.GetRequiredService<IOptions<BrokerOptions>>().Value.Tls));
        builder.Services.AddSingleton(services => CreateServer(
            services.GetRequiredService<IOptions<BrokerOptions>>().Value, services.GetRequiredService<DeviceCertificates>()));
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

    private static MqttServer CreateServer(BrokerOptions options, DeviceCertificates deviceCertificates)
    {
        var builder = new MqttServerOptionsBuilder()
            .WithDefaultEndpoint()
            .WithDefaultEndpointBoundIPAddress(IPAddress.Parse(options.BindAddress))
            .WithDefaultEndpointPort(options.Port)
            // Devices that keep a persistent session get acknowledgements queued while they are away.
            .WithPersistentSessions();
        if (options.Tls.CertificatePath is { } certificatePath)
        {
            builder = builder
                .WithEncryptedEndpoint()
                .WithEncryptedEndpointBoundIPAddress(IPAddress.Parse(options.BindAddress))
                .WithEncryptedEndpointPort(options.Tls.Port)
                .WithEncryptionCertificate(X509CertificateLoader.LoadPkcs12FromFile(certificatePath, options.Tls.CertificatePassword));
            if (deviceCertificates.Mode != ClientCertificateMode.Off)
            {
                builder = builder.WithClientCertificate(deviceCertificates.ValidateDuringHandshake);
            }
        }

        // Optional certificates are still requested in the handshake (or clients never send one);
        // the validation callback lets a device without one through to authenticate with its secret.
        return new MqttServerFactory().CreateMqttServer(builder.Build());
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
