using ResponseCentre.Grains.Abstractions.Accounts;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Directory;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Feed;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Statistics;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Abstractions;

/// <summary>Typed ways to reach grains, so callers never pass raw string keys.</summary>
public static class GrainFactoryExtensions
{
    /// <summary>The key of the centre's one feed grain.</summary>
    public const string CentreFeedKey = "centre";

    /// <summary>The resident's grain.</summary>
    public static IResidentGrain GetResident(this IGrainFactory grains, ResidentId id) =>
        GrainReferences<IResidentGrain>.Get(grains, id.Value);

    /// <summary>The incident's grain.</summary>
    public static IIncidentGrain GetIncident(this IGrainFactory grains, IncidentId id) =>
        GrainReferences<IIncidentGrain>.Get(grains, id.Value);

    /// <summary>The device's registry grain.</summary>
    public static IDeviceGrain GetDevice(this IGrainFactory grains, DeviceId id) =>
        GrainReferences<IDeviceGrain>.Get(grains, id.Value);

    /// <summary>The team's grain.</summary>
    public static ITeamGrain GetTeam(this IGrainFactory grains, TeamId id) =>
        GrainReferences<ITeamGrain>.Get(grains, id.Value);

    /// <summary>The tenant's routing rules and escalation policies.</summary>
    public static ITenantPoliciesGrain GetTenantPolicies(this IGrainFactory grains, TenantId tenant) =>
        GrainReferences<ITenantPoliciesGrain>.Get(grains, tenant.Value);

    /// <summary>The centre's live incident feed.</summary>
    public static IIncidentFeedGrain GetIncidentFeed(this IGrainFactory grains) =>
        GrainReferences<IIncidentFeedGrain>.Get(grains, CentreFeedKey);

    /// <summary>The centre's accounts.</summary>
    public static IAccountDirectoryGrain GetAccounts(this IGrainFactory grains) =>
        GrainReferences<IAccountDirectoryGrain>.Get(grains, CentreFeedKey);

    /// <summary>The tenant's residents and teams, for lists and search.</summary>
    public static ITenantDirectoryGrain GetTenantDirectory(this IGrainFactory grains, TenantId tenant) =>
        GrainReferences<ITenantDirectoryGrain>.Get(grains, tenant.Value);

    /// <summary>Every tenant the centre serves.</summary>
    public static ITenantRegistryGrain GetTenantRegistry(this IGrainFactory grains) =>
        GrainReferences<ITenantRegistryGrain>.Get(grains, CentreFeedKey);

    /// <summary>The tenant's closed incidents, for the KPIs.</summary>
    public static IIncidentStatsGrain GetIncidentStats(this IGrainFactory grains, TenantId tenant) =>
        GrainReferences<IIncidentStatsGrain>.Get(grains, tenant.Value);
}
