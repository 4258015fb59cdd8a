using System.Text.Json;
using System.Text.Json.Serialization;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Dashboard.Hosting;

/// <summary>The one JSON shape for the API, the hub and the seed file: camelCase, enums as names, ids as strings, no nulls where values are required.</summary>
public static class DashboardJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        // An explicit null where a value is required is bad input, refused rather than stored.
        options.RespectNullableAnnotations = true;
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new TypedIdJsonConverter<IncidentId>(v => new(v), id => id.Value));
        options.Converters.Add(new TypedIdJsonConverter<ResidentId>(v => new(v), id => id.Value));
        options.Converters.Add(new TypedIdJsonConverter<TenantId>(v => new(v), id => id.Value));
        options.Converters.Add(new TypedIdJsonConverter<DeviceId>(v => new(v), id => id.Value));
        options.Converters.Add(new TypedIdJsonConverter<TeamId>(v => new(v), id => id.Value));
        options.Converters.Add(new TypedIdJsonConverter<StaffId>(v => new(v), id => id.Value));
    }
}
