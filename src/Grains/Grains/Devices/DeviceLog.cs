using Microsoft.Extensions.Logging;
using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Devices;

internal static partial class DeviceLog
{
    [LoggerMessage(4001, LogLevel.Information, "Device {Device} raised {Kind} for resident {Resident}: incident {Incident}")]
    public static partial void FaultRaised(ILogger logger, string device, IncidentKind kind, string resident, IncidentId incident);

    [LoggerMessage(4002, LogLevel.Information, "Device {Device} cleared {Kind}: incident {Incident} resolved by the system")]
    public static partial void FaultCleared(ILogger logger, string device, IncidentKind kind, IncidentId incident);

    [LoggerMessage(4003, LogLevel.Warning, "Device {Device} has {Kind} but its resident {Resident} is not registered: no incident raised")]
    public static partial void NoResident(ILogger logger, string device, IncidentKind kind, string resident);

    [LoggerMessage(4004, LogLevel.Information, "Device {Device} {Kind} incident {Incident} was closed by someone else before the fault cleared")]
    public static partial void ClosedElsewhere(ILogger logger, string device, IncidentKind kind, IncidentId incident);
}
