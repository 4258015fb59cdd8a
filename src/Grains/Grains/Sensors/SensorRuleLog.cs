using Microsoft.Extensions.Logging;
using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Sensors;

internal static partial class SensorRuleLog
{
    [LoggerMessage(3001, LogLevel.Information,
        "Sensor rule raised {Kind} for resident {Resident} (message {MessageId}): incident {Incident}")]
    public static partial void RuleRaised(ILogger logger, IncidentKind kind, string resident, string messageId, IncidentId incident);

    [LoggerMessage(3002, LogLevel.Warning,
        "Time zone '{TimeZone}' of resident {Resident} is unknown on this host; sensor rules read local times in UTC")]
    public static partial void UnknownTimeZone(ILogger logger, string timeZone, string resident);
}
