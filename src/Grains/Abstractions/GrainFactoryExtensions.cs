using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Feed;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Abstractions;

/// <summary>Typed ways to reach grains, so callers never pass raw string keys.</summary>
public static class GrainFactoryExtensions
{
    /// <summary>The key of the centre's one feed grain.</summary>
    public const string CentreFeedKey = "centre";

    /// <summary>The resident's grain.</summary>
    public static IResidentGrain GetResident(this IGrainFactory grains, ResidentId id) =>
        grains.GetGrain<IResidentGrain>(id.Value);

    /// <summary>The incident's grain.</summary>
    public static IIncidentGrain GetIncident(this IGrainFactory grains, IncidentId id) =>
        grains.GetGrain<IIncidentGrain>(id.Value);

    /// <summary>The device's registry grain.</summary>
    public static IDeviceGrain GetDevice(this IGrainFactory grains, DeviceId id) =>
        grains.GetGrain<IDeviceGrain>(id.Value);

    /// <summary>The team's grain.</summary>
    public static ITeamGrain GetTeam(this IGrainFactory grains, TeamId id) =>
        grains.GetGrain<ITeamGrain>(id.Value);

    /// <summary>The tenant's routing rules and escalation policies.</summary>
    public static ITenantPoliciesGrain GetTenantPolicies(this IGrainFactory grains, TenantId tenant) =>
        grains.GetGrain<ITenantPoliciesGrain>(tenant.Value);

    /// <summary>The centre's live incident feed.</summary>
    public static IIncidentFeedGrain GetIncidentFeed(this IGrainFactory grains) =>
        grains.GetGrain<IIncidentFeedGrain>(CentreFeedKey);
}
