using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet.Protocol;
using MQTTnet.Server;
using ResponseCentre.Gateway.Broker;
using ResponseCentre.Gateway.Observability;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;

namespace ResponseCentre.Gateway.Security;

/// <summary>
/// Checks every MQTT CONNECT: a device connects with its id as client id and user name and its
/// secret as password; a bridge with its configured user name and secret. Anything else is refused
/// with a reason code, a log line and a count.
/// </summary>
internal sealed class DeviceAuthenticator(
    IGrainFactory grains, IOptions<BrokerOptions> options, DeviceCertificates certificates, GatewayMetrics metrics, RefusalLog refusals, ILogger<DeviceAuthenticator> logger)
{
    public async Task ValidateAsync(ValidatingConnectionEventArgs args)
    {
        var endpoint = args.RemoteEndPoint?.ToString();
        if (string.Equals(args.ClientId, BrokerIdentity.ClientId, StringComparison.OrdinalIgnoreCase))
        {
            Refuse(args, MqttConnectReasonCode.ClientIdentifierNotValid, "reserved client id", endpoint);
            return;
        }

        if (certificates.Mode != ClientCertificateMode.Off && CertificateDecides(args, certificates, endpoint))
        {
            return;
        }

        if (string.IsNullOrEmpty(args.UserName) || args.Password is null)
        {
            Refuse(args, MqttConnectReasonCode.BadUserNameOrPassword, "no user name or password", endpoint);
            return;
        }

        if (options.Value.Bridges.Find(b => b.UserName == args.UserName) is { } bridge)
        {
            if (new DeviceCredential(bridge.Salt, bridge.Hash).Verifies(args.Password))
            {
                if (args.ClientId != bridge.UserName)
                {
                    // A bridge has one session of its own: it cannot take over a device's by client id.
                    Refuse(args, MqttConnectReasonCode.ClientIdentifierNotValid, "a bridge connects with its user name as client id", endpoint);
                    return;
                }

                new DeviceIdentity(bridge.UserName, IsBridge: true, args.ProtocolVersion) { BaseTopic = bridge.BaseTopic }.StoreIn(args.SessionItems);
                return;
            }

            Refuse(args, MqttConnectReasonCode.BadUserNameOrPassword, "wrong bridge secret", endpoint);
            return;
        }

        if (args.ClientId != args.UserName)
        {
            // One device, one session: a device cannot take over another device's session by client id.
            Refuse(args, MqttConnectReasonCode.ClientIdentifierNotValid, "client id differs from the device id in the user name", endpoint);
            return;
        }

        var credential = Protocol.DeviceIds.IsValid(args.UserName)
            ? await grains.GetDevice(new DeviceId(args.UserName)).GetCredentialAsync()
            : null;
        if (credential is null || !credential.Verifies(args.Password))
        {
            // Unknown device and wrong secret look the same from outside, so ids cannot be probed.
            Refuse(args, MqttConnectReasonCode.BadUserNameOrPassword, credential is null ? "unknown device or no credential" : "wrong secret", endpoint);
            return;
        }

        new DeviceIdentity(args.UserName, IsBridge: false, args.ProtocolVersion).StoreIn(args.SessionItems);
    }

    /// <summary>
    /// A device that showed a certificate from the device CA is the device its common name says,
    /// with no secret needed. True when the certificate settled the connection either way.
    /// </summary>
    private bool CertificateDecides(ValidatingConnectionEventArgs args, DeviceCertificates deviceCertificates, string? endpoint)
    {
        if (args.ChannelAdapter.ClientCertificate is not { } certificate)
        {
            if (deviceCertificates.Mode == ClientCertificateMode.Required && args.ChannelAdapter.IsSecureConnection)
            {
                Refuse(args, MqttConnectReasonCode.NotAuthorized, "no device certificate", endpoint);
                return true;
            }

            return false;
        }

        var deviceId = DeviceCertificates.DeviceIdOf(certificate);
        if (!deviceCertificates.IsIssuedByDeviceCa(certificate) || deviceId != args.ClientId
            || options.Value.Bridges.Exists(b => b.UserName == deviceId))
        {
            Refuse(args, MqttConnectReasonCode.NotAuthorized, $"certificate of '{deviceId}' is not a device certificate for this client id", endpoint);
            return true;
        }

        new DeviceIdentity(deviceId, IsBridge: false, args.ProtocolVersion).StoreIn(args.SessionItems);
        return true;
    }

    private void Refuse(ValidatingConnectionEventArgs args, MqttConnectReasonCode code, string reason, string? endpoint)
    {
        args.ReasonCode = code;
        metrics.ConnectionRefused(code);
        refusals.ConnectionRefused(logger, args.ClientId, args.UserName, endpoint, code, reason);
    }
}
