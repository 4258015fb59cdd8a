namespace ResponseCentre.Dashboard.Web;

/// <summary>Who may reach an operational endpoint such as <c>/metrics</c> or the OpenAPI document.</summary>
public enum EndpointAccess
{
    /// <summary>Not served at all (404).</summary>
    Off,

    /// <summary>Only requests from this machine (after forwarded headers of a known proxy are applied).</summary>
    Loopback,

    /// <summary>Signed-in administrators (dashboard nodes only).</summary>
    Administrators,

    /// <summary>Anyone who reaches the port: only where the network already limits that.</summary>
    Anyone,
}
