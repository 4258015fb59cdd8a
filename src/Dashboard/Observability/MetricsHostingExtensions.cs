using OpenTelemetry.Metrics;
using ResponseCentre.Dashboard.Web;
using ResponseCentre.Gateway;
using ResponseCentre.Grains.Incidents;
using ResponseCentre.TimeSeries;

namespace ResponseCentre.Dashboard.Observability;

public static class MetricsHostingExtensions
{
    /// <summary>
    /// OpenTelemetry metrics of the gateway, escalation, incidents and time-series store, exposed
    /// for Prometheus at <c>/metrics</c>.
    /// </summary>
    public static WebApplicationBuilder AddResponseCentreMetrics(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OpenIncidentGauge>();
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(GatewayMetrics.MeterName, EscalationMetrics.MeterName, TimeSeriesMetrics.MeterName, OpenIncidentGauge.MeterName)
            .AddPrometheusExporter());
        builder.Services.AddHostedService<MetricsActivation>();
        return builder;
    }

    /// <summary>Maps <c>/metrics</c> for those <c>Web:Metrics:Access</c> lets in (default: this machine only).</summary>
    public static WebApplication MapResponseCentreMetrics(this WebApplication app, bool signInAvailable)
    {
        var access = app.Services.GetRequiredService<WebOptions>().Metrics.Access;
        app.MapWithAccess(access, "Web:Metrics:Access", signInAvailable, () => app.MapPrometheusScrapingEndpoint("/metrics"));
        return app;
    }

    /// <summary>Creates the instruments at start, so /metrics lists them (at zero) before the first event of each kind.</summary>
    private sealed class MetricsActivation(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            services.GetService<GatewayMetrics>();
            services.GetService<EscalationMetrics>();
            services.GetService<TimeSeriesMetrics>();
            services.GetService<OpenIncidentGauge>();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
