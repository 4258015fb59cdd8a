namespace ResponseCentre.Dashboard.Web;

/// <summary>One endpoint group's access setting, e.g. <c>Web:Metrics:Access</c>.</summary>
public sealed class EndpointExposure
{
    public EndpointAccess Access { get; set; } = EndpointAccess.Off;
}
