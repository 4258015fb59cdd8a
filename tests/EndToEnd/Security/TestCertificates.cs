using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ResponseCentre.EndToEnd.Tests.Security;

/// <summary>A device CA, the broker's server certificate and device certificates, made fresh for a test run.</summary>
internal sealed class TestCertificates : IDisposable
{
    private static readonly Oid ClientAuthentication = new("1.3.6.1.5.5.7.3.2");
    private static readonly Oid ServerAuthentication = new("1.3.6.1.5.5.7.3.1");

    public TestCertificates(string folder)
    {
        Directory.CreateDirectory(folder);
        DeviceCa = CreateCa("ResponseCentre test device CA");
        OtherCa = CreateCa("Someone else's CA");
        ServerPfxPath = Path.Combine(folder, "broker.pfx");
        DeviceCaPemPath = Path.Combine(folder, "device-ca.pem");
        using var server = Issue(DeviceCa, "localhost", ServerAuthentication, withLocalhostNames: true);
        File.WriteAllBytes(ServerPfxPath, server.Export(X509ContentType.Pkcs12, ServerPfxPassword));
        File.WriteAllText(DeviceCaPemPath, DeviceCa.ExportCertificatePem());
    }

    public const string ServerPfxPassword = "test-broker-pfx";

    public X509Certificate2 DeviceCa { get; }

    public X509Certificate2 OtherCa { get; }

    public string ServerPfxPath { get; }

    public string DeviceCaPemPath { get; }

    /// <summary>A client certificate naming <paramref name="deviceId"/>, issued by the device CA or, if asked, another CA.</summary>
    public X509Certificate2 Device(string deviceId, bool fromOtherCa = false) =>
        Issue(fromOtherCa ? OtherCa : DeviceCa, deviceId, ClientAuthentication, withLocalhostNames: false);

    public void Dispose()
    {
        DeviceCa.Dispose();
        OtherCa.Dispose();
    }

    private static X509Certificate2 CreateCa(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        using var ca = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        return X509CertificateLoader.LoadPkcs12(ca.Export(X509ContentType.Pkcs12), null);
    }

    private static X509Certificate2 Issue(X509Certificate2 ca, string commonName, Oid usage, bool withLocalhostNames)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={commonName}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([usage], false));
        if (withLocalhostNames)
        {
            var names = new SubjectAlternativeNameBuilder();
            names.AddDnsName("localhost");
            names.AddIpAddress(IPAddress.Loopback);
            request.CertificateExtensions.Add(names.Build());
        }

        var serial = RandomNumberGenerator.GetBytes(12);
        using var issued = request.Create(ca, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(7), serial);
        using var withKey = issued.CopyWithPrivateKey(key);
        // Through PKCS#12, so the private key is usable by the TLS stack on every platform.
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
    }
}
