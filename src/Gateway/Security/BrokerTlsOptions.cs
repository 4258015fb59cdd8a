namespace ResponseCentre.Gateway.Security;

/// <summary>Whether devices must show a client certificate on the TLS endpoint.</summary>
public enum ClientCertificateMode
{
    /// <summary>Devices authenticate with their secret only.</summary>
    Off,

    /// <summary>A device may show a certificate issued by the device CA instead of (or beside) its secret.</summary>
    Optional,

    /// <summary>Every device must show a certificate issued by the device CA whose common name is its id.</summary>
    Required,
}

/// <summary>
/// The optional TLS endpoint of the embedded broker (MQTT over TLS, port 8883 by convention).
/// Configuration section <c>Gateway:Broker:Tls</c>; off unless a certificate is given.
/// </summary>
public sealed class BrokerTlsOptions
{
    /// <summary>The server certificate with its private key, PKCS#12 (.pfx). Null: no TLS endpoint.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    public int Port { get; set; } = 8883;

    public ClientCertificateMode ClientCertificates { get; set; } = ClientCertificateMode.Off;

    /// <summary>The CA (PEM) that issues device certificates; required when client certificates are used.</summary>
    public string? ClientCaPath { get; set; }
}
