namespace ResponseCentre.Dashboard.Registry;

public static class RegistryHostingExtensions
{
    /// <summary>Seeds the device and resident registry from a JSON file on start.</summary>
    public static WebApplicationBuilder AddRegistrySeeding(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RegistryOptions>().Bind(builder.Configuration.GetSection(RegistryOptions.Section));
        builder.Services.AddHostedService<RegistrySeeder>();
        return builder;
    }
}
