using System.ComponentModel.DataAnnotations;
using ResponseCentre.Grains;
using ResponseCentre.Grains.Incidents;
using ResponseCentre.Storage;

namespace ResponseCentre.Dashboard.Hosting;

public static class SiloHostingExtensions
{
    /// <summary>Co-hosts an Orleans silo with localhost clustering: the embedded, single-machine default.</summary>
    public static WebApplicationBuilder AddResponseCentreSilo(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(SiloOptions.Section).Get<SiloOptions>() ?? new SiloOptions();
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);

        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(options.SiloPort, options.GatewayPort)
            .AddResponseCentreGrains()
            .AddResponseCentreSqliteStorage(StorageNames.Default, options.DataSource));
        builder.Services.AddOptions<IncidentOptions>().Bind(builder.Configuration.GetSection(IncidentOptions.Section));
        return builder;
    }
}
