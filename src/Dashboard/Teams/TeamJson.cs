using System.Text.Json;
using ResponseCentre.Dashboard.Hosting;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Dashboard.Teams;

/// <summary>
/// The dashboard's shared JSON options plus team and staff ids as plain strings, which the shared
/// options do not know yet. Explicit nulls for required values are refused rather than stored.
/// </summary>
internal static class TeamJson
{
    public static JsonSerializerOptions From(JsonSerializerOptions shared)
    {
        var options = new JsonSerializerOptions(shared) { RespectNullableAnnotations = true };
        options.Converters.Add(new TypedIdJsonConverter<TeamId>(value => new(value), id => id.Value));
        options.Converters.Add(new TypedIdJsonConverter<StaffId>(value => new(value), id => id.Value));
        return options;
    }
}
