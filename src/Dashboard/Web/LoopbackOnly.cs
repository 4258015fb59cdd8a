namespace ResponseCentre.Dashboard.Web;

/// <summary>Endpoint metadata: only requests from this machine may reach it (<see cref="LoopbackOnlyGate"/>).</summary>
public sealed class LoopbackOnly
{
    public static readonly LoopbackOnly Instance = new();

    private LoopbackOnly()
    {
    }
}
