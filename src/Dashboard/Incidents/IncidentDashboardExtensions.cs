using Microsoft.Extensions.DependencyInjection.Extensions;
using ResponseCentre.Dashboard.Hosting;

namespace ResponseCentre.Dashboard.Incidents;

public static class IncidentDashboardExtensions
{
    /// <summary>The live incident hub, the incident API and the bridge from the feed grain to browsers.</summary>
    public static WebApplicationBuilder AddIncidentDashboard(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.ConfigureHttpJsonOptions(o => DashboardJson.Configure(o.SerializerOptions));
        builder.Services.AddSignalR().AddJsonProtocol(o => DashboardJson.Configure(o.PayloadSerializerOptions));
        builder.Services.AddHostedService<IncidentFeedBridge>();
        builder.Services.AddOpenApi();
        return builder;
    }
}
