using ResponseCentre.Dashboard.Accounts;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Dashboard.Devices;

/// <summary>Devices with a fault open (offline, low battery, mains lost, tamper) in the caller's tenants, oldest first.</summary>
public static class DeviceHealthApi
{
    public static IEndpointRouteBuilder MapDeviceHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/devices/health", async (HttpContext http, IGrainFactory grains) =>
            {
                var user = http.User.SignedInUser();
                var faults = (await grains.GetIncidentFeed().GetOpenIncidentsAsync())
                    .Where(incident => incident.Priority == IncidentPriority.Technical && user.SeesTenant(incident.Tenant))
                    .OrderBy(incident => incident.RaisedAt);
                return await Task.WhenAll(faults.Select(async incident =>
                {
                    var supervision = await grains.GetDevice(incident.Device).GetSupervisionAsync();
                    var resident = await grains.GetResident(incident.Resident).GetProfileAsync();
                    return new DeviceHealthRow(
                        incident.Device.Value, incident.Resident.Value, resident?.Name, incident.Tenant.Value, incident.Kind,
                        incident.RaisedAt, incident.Id.Value, supervision.Battery, supervision.LastContact);
                }));
            })
            .RequireAuthorization(DashboardPolicies.Desk)
            .WithTags("Devices")
            .WithName("GetDeviceHealth")
            .WithSummary("Every device with an open technical fault in the caller's tenants: what, since when, last battery and contact.");
        return app;
    }
}

public sealed record DeviceHealthRow(
    string Device, string Resident, string? ResidentName, string Tenant, IncidentKind Problem, DateTimeOffset Since, string Incident,
    int? Battery, DateTimeOffset? LastContact);
