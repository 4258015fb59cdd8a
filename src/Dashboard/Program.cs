using ResponseCentre.Dashboard.Hosting;
using ResponseCentre.Dashboard.Incidents;
using ResponseCentre.Dashboard.Policies;
using ResponseCentre.Dashboard.Registry;
using ResponseCentre.Dashboard.Teams;
using ResponseCentre.Gateway;

// The embedded default: one process co-hosts the silo, the device gateway and the dashboard.
var builder = WebApplication.CreateBuilder(args);

builder.AddResponseCentreSilo();
builder.AddRegistrySeeding();
builder.AddMqttGateway();
builder.AddIncidentDashboard();

var app = builder.Build();

app.MapOpenApi();
app.MapHealthChecks("/health");
app.MapIncidentApi();
app.MapTeamAdminApi();
app.MapPolicyAdminApi();
app.MapRegistryAdminApi();
app.MapHub<IncidentHub>(IncidentHub.Path);

app.Run();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
