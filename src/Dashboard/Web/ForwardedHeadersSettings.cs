namespace ResponseCentre.Dashboard.Web;

/// <summary>
/// A TLS-terminating proxy in front of the dashboard: its address (<c>KnownProxies</c>, e.g.
/// <c>10.0.0.5</c>) or network (<c>KnownNetworks</c>, e.g. <c>10.0.0.0/24</c>). Only requests from
/// these have their client address, scheme and host taken from X-Forwarded-*; with none, the headers are ignored.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public List<string> KnownProxies { get; set; } = [];

    public List<string> KnownNetworks { get; set; } = [];

    public bool Enabled => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}
