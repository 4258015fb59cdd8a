using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace ResponseCentre.Gateway.Security;

/// <summary>
/// Checks device certificates against the centre's device CA only (not the machine's trust store:
/// a certificate from a public CA must not make anyone a device), and reads the device id from
/// the certificate's common name.
/// </summary>
internal sealed class DeviceCertificates(X509Certificate2? deviceCa, ClientCertificateMode mode)
{
    /// <summary>No device certificates: devices authenticate with their secrets.</summary>
    public static DeviceCertificates Off { get; } = new(null, ClientCertificateMode.Off);

    public ClientCertificateMode Mode => mode;

    /// <summary>The TLS handshake's check: a presented certificate must chain to the device CA.</summary>
    public bool ValidateDuringHandshake(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) =>
        certificate is null ? mode != ClientCertificateMode.Required : IsIssuedByDeviceCa(new X509Certificate2(certificate));

    public bool IsIssuedByDeviceCa(X509Certificate2 certificate)
    {
        if (deviceCa is null)
        {
            return false;
        }

        using var deviceChain = new X509Chain();
        deviceChain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        deviceChain.ChainPolicy.CustomTrustStore.Add(deviceCa);
        // Revocation is handled by removing the device's credential and CA-side lists, not online checks a closed network cannot make.
        deviceChain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        deviceChain.ChainPolicy.ApplicationPolicy.Add(new System.Security.Cryptography.Oid("1.3.6.1.5.5.7.3.2")); // client authentication
        return deviceChain.Build(certificate);
    }

    /// <summary>The device id a certificate names (its common name), or null.</summary>
    public static string? DeviceIdOf(X509Certificate2 certificate) => certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
}
