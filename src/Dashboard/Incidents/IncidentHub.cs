using Microsoft.AspNetCore.SignalR;

namespace ResponseCentre.Dashboard.Incidents;

/// <summary>The live incident hub dashboards connect to; the server pushes, clients only listen for now.</summary>
public sealed class IncidentHub : Hub<IDashboardClient>
{
    public const string Path = "/hubs/incidents";
}
