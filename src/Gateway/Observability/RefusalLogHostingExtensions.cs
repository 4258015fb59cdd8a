using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ResponseCentre.Gateway.Observability;

internal static class RefusalLogHostingExtensions
{
    /// <summary>Adds the <see cref="RefusalLog"/> the authenticator and the ingestor log refusals through.</summary>
    public static IHostApplicationBuilder AddRefusalLog(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RefusalLogOptions>()
            .Bind(builder.Configuration.GetSection(RefusalLogOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<RefusalLog>();
        return builder;
    }
}
