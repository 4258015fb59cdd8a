using ResponseCentre.Dashboard.Accounts;
using ResponseCentre.Dashboard.Audit;
using ResponseCentre.Dashboard.Devices;
using ResponseCentre.Dashboard.Hosting;
using ResponseCentre.Dashboard.Incidents;
using ResponseCentre.Dashboard.Kpis;
using ResponseCentre.Dashboard.Observability;
using ResponseCentre.Dashboard.Policies;
using ResponseCentre.Dashboard.Registry;
using ResponseCentre.Dashboard.Residents;
using ResponseCentre.Dashboard.Sensors;
using ResponseCentre.Dashboard.Teams;
using ResponseCentre.Dashboard.Web;
using ResponseCentre.Gateway;
using ResponseCentre.TimeSeries;

// The embedded default: one process co-hosts the silo, the device gateway and the dashboard.
// In a cluster the same program runs as gateway nodes and dashboard nodes (Roles:Gateway, Roles:Dashboard),
// every one of them a silo (Orleans:Mode = AdoNet).
var builder = WebApplication.CreateBuilder(args);
var roles = HostRoles.From(builder.Configuration);

builder.AddResponseCentreSilo();
builder.AddWebHardening();
builder.Services.AddHealthChecks();
builder.AddTimeSeriesStore();
builder.AddResponseCentreMetrics();
if (roles.Dashboard)
{
    builder.AddRegistrySeeding();
}

if (roles.Gateway)
{
    builder.AddMqttGateway();
}

if (roles.Dashboard)
{
    builder.AddIncidentDashboard();
    builder.AddDashboardAuth();
}

var app = builder.Build();

app.UseWebHardening();
app.MapHealthChecks("/health", new() { ResponseWriter = HealthResponse.WriteAsync });
app.MapResponseCentreMetrics(signInAvailable: roles.Dashboard);
if (roles.Dashboard)
{
    app.UseWebUi();
    app.UseAuthentication();
    app.UseAuthorization();
    app.MapOpenApiDocument();
    app.MapAuthApi();
    app.MapAccountAdminApi();
    app.MapAuditApi();
    app.MapIncidentApi();
    app.MapResidentApi();
    app.MapDeviceHealthApi();
    app.MapTeamReadApi();
    app.MapKpiApi();
    app.MapTeamAdminApi();
    app.MapPolicyAdminApi();
    app.MapRegistryAdminApi();
    app.MapSensorAdminApi();
    app.MapSensorReadApi();
    app.MapHub<IncidentHub>(IncidentHub.Path);
}

app.Run();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
