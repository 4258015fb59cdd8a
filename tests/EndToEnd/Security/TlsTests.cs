using System.Security.Cryptography.X509Certificates;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests.Security;

/// <summary>The broker's TLS endpoint with optional device certificates, on an app of its own.</summary>
public sealed class TlsApp : ConfiguredApp, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rc-tls-" + Guid.NewGuid().ToString("N"));

    public TlsApp()
    {
        Certificates = new TestCertificates(_folder);
        TlsPort = FreeTcpPort.Find();
        Settings = new Dictionary<string, string>
        {
            ["Gateway:Broker:Tls:CertificatePath"] = Certificates.ServerPfxPath,
            ["Gateway:Broker:Tls:CertificatePassword"] = TestCertificates.ServerPfxPassword,
            ["Gateway:Broker:Tls:Port"] = TlsPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateway:Broker:Tls:ClientCertificates"] = "Optional",
            ["Gateway:Broker:Tls:ClientCaPath"] = Certificates.DeviceCaPemPath,
        };
    }

    internal TestCertificates Certificates { get; }

    public int TlsPort { get; }

    protected override IReadOnlyDictionary<string, string> Settings { get; }

    public void Dispose()
    {
        Certificates.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}

public sealed class TlsTests(TlsApp fixture) : IClassFixture<TlsApp>
{
    [Fact]
    public async Task Device_with_its_secret_connects_over_tls_and_its_alarm_is_stored()
    {
        using var client = await ConnectAsync("sim-0790", password: TestDevice.DemoSecret, certificate: null);

        var puback = await PublishAlarmAsync(client, "sim-0790");

        Assert.Equal(MqttClientPublishReasonCode.Success, puback.ReasonCode);
    }

    [Fact]
    public async Task Device_with_a_certificate_from_the_device_ca_needs_no_secret()
    {
        using var certificate = fixture.Certificates.Device("sim-0791");
        using var client = await ConnectAsync("sim-0791", password: null, certificate);

        var puback = await PublishAlarmAsync(client, "sim-0791");

        Assert.Equal(MqttClientPublishReasonCode.Success, puback.ReasonCode);
    }

    [Fact]
    public async Task Certificate_naming_another_device_is_refused()
    {
        using var certificate = fixture.Certificates.Device("sim-0792");

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ConnectAsync("sim-0793", password: null, certificate));

        Assert.Contains("NotAuthorized", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Certificate_from_another_ca_gets_no_connection()
    {
        using var certificate = fixture.Certificates.Device("sim-0794", fromOtherCa: true);

        // Refused in the TLS handshake (the chain does not reach the device CA), or at the latest at CONNECT.
        await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync("sim-0794", password: null, certificate));
    }

    private async Task<IMqttClient> ConnectAsync(string deviceId, string? password, X509Certificate2? certificate)
    {
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", fixture.TlsPort)
            .WithClientId(deviceId)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithTimeout(TimeSpan.FromSeconds(10))
            .WithTlsOptions(tls =>
            {
                tls.UseTls();
                // The test's own CA signed the broker's certificate: trust exactly that chain.
                tls.WithTrustChain([fixture.Certificates.DeviceCa]);
                if (certificate is not null)
                {
                    tls.WithClientCertificates([certificate]);
                }
            });
        if (password is not null)
        {
            options = options.WithCredentials(deviceId, password);
        }

        var client = new MqttClientFactory().CreateMqttClient();
        try
        {
            var connack = await client.ConnectAsync(options.Build());
            if (connack.ResultCode != MqttClientConnectResultCode.Success)
            {
                throw new InvalidOperationException($"CONNACK {connack.ResultCode}");
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private static Task<MqttClientPublishResult> PublishAlarmAsync(IMqttClient client, string deviceId) =>
        client.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic(Topics.DeviceEvents(deviceId))
            .WithPayload(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(
                new AlarmEventMessage(deviceId, Guid.NewGuid().ToString("N"), AlarmKind.PushButton, DateTimeOffset.UtcNow),
                ProtocolJsonContext.Default.AlarmEventMessage))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build());
}
