using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ResponseCentre.TimeSeries;

public static class TimeSeriesHostingExtensions
{
    /// <summary>
    /// Adds the time-series store from the <c>TimeSeries</c> section: <see cref="ITelemetrySink"/>
    /// (journaled on local disk, shipped to InfluxDB in the background), <see cref="ISeriesQuery"/>,
    /// <see cref="TimeSeriesStatus"/>, metrics on the meter <c>ResponseCentre.TimeSeries</c> and the health
    /// check <c>timeseries</c>. With <c>TimeSeries:Url</c> empty there is no store: readings are accepted
    /// and not kept, and the health check reports Degraded "no time-series store configured".
    /// </summary>
    public static IHostApplicationBuilder AddTimeSeriesStore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(TimeSeriesOptions.Section);
        var configured = !string.IsNullOrWhiteSpace(section[nameof(TimeSeriesOptions.Url)]);
        var services = builder.Services;

        services.AddOptions<TimeSeriesOptions>()
            .Bind(section)
            .ValidateDataAnnotations()
            .Validate(o => string.IsNullOrWhiteSpace(o.Url) || IsHttpUrl(o.Url), "TimeSeries:Url must be an absolute http or https URL")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton(sp => new TimeSeriesStatus(sp.GetRequiredService<TimeProvider>(), configured));
        services.AddSingleton<TimeSeriesMetrics>();

        if (!configured)
        {
            services.AddSingleton<NotConfiguredStore>();
            services.AddSingleton<ITelemetrySink>(sp => sp.GetRequiredService<NotConfiguredStore>());
            services.AddSingleton<ISeriesQuery>(sp => sp.GetRequiredService<NotConfiguredStore>());
            services.AddHostedService<NotConfiguredNotice>();
            services.AddHealthChecks().Add(new HealthCheckRegistration(TimeSeriesHealthCheck.Name,
                sp => new TimeSeriesHealthCheck(sp.GetRequiredService<TimeSeriesStatus>(), influx: null, healthyBacklog: 0),
                failureStatus: null, tags: null));
            return builder;
        }

        services.AddHttpClient<InfluxClient>((sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<TimeSeriesOptions>>().Value;
                http.BaseAddress = new Uri(options.Url!.TrimEnd('/') + "/");
                http.Timeout = options.RequestTimeout;
                if (!string.IsNullOrEmpty(options.Username))
                {
                    var credentials = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{options.Username}:{options.Password}"));
                    http.DefaultRequestHeaders.Authorization = new("Basic", credentials);
                }
            })
            // The shipper and the query are singletons that keep their client: connections are
            // recycled by the handler instead of by the factory, so DNS changes are still seen.
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(2))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);

        services.AddSingleton(sp => new TelemetryJournal(
            sp.GetRequiredService<IOptions<TimeSeriesOptions>>().Value.BufferPath, sp.GetRequiredService<TimeSeriesStatus>()));
        services.AddSingleton<ITelemetrySink, JournalingTelemetrySink>();
        services.AddSingleton<ISeriesQuery, InfluxSeriesQuery>();
        services.AddHostedService<TelemetryShipper>();
        services.AddHealthChecks().Add(new HealthCheckRegistration(TimeSeriesHealthCheck.Name,
            sp => new TimeSeriesHealthCheck(
                sp.GetRequiredService<TimeSeriesStatus>(), sp.GetRequiredService<InfluxClient>(),
                sp.GetRequiredService<IOptions<TimeSeriesOptions>>().Value.HealthyBacklog),
            failureStatus: null, tags: null));
        return builder;
    }

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>Says once at start that readings are not being kept.</summary>
    private sealed class NotConfiguredNotice(ILogger<NotConfiguredStore> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            TimeSeriesLog.NotConfigured(logger);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
