namespace ResponseCentre.Dashboard.Web;

/// <summary>How the web side meets the network. Configuration section <c>Web</c>.</summary>
public sealed class WebOptions
{
    public const string Section = "Web";

    /// <summary>The reverse proxies whose X-Forwarded-For/-Proto/-Host headers are believed; none by default.</summary>
    public ForwardedHeadersSettings ForwardedHeaders { get; set; } = new();

    /// <summary>Who may read <c>/metrics</c>; default <see cref="EndpointAccess.Loopback"/>.</summary>
    public EndpointExposure Metrics { get; set; } = new() { Access = EndpointAccess.Loopback };

    /// <summary>Who may read <c>/openapi/v1.json</c>; default <see cref="EndpointAccess.Administrators"/>.</summary>
    public EndpointExposure OpenApi { get; set; } = new() { Access = EndpointAccess.Administrators };
}
