using System.Text.Json;
using ResponseCentre.Dashboard.Hosting;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Dashboard.Policies;

/// <summary>
/// The dashboard's JSON shape for policy bodies. Routing rules name teams, so a team id must read
/// and write as a plain string like every other id, whether or not the shared options know it yet.
/// </summary>
internal static class PolicyJson
{
    public static JsonSerializerOptions From(JsonSerializerOptions dashboardOptions)
    {
        var options = new JsonSerializerOptions(dashboardOptions);
        if (!options.Converters.Any(converter => converter.CanConvert(typeof(TeamId))))
        {
            options.Converters.Add(new TypedIdJsonConverter<TeamId>(value => new TeamId(value), id => id.Value));
        }

        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
