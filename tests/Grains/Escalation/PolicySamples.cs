using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Tests.Escalation;

/// <summary>Valid building blocks the policy tests start from and change one field of.</summary>
internal static class PolicySamples
{
    public static readonly TeamId FrognerDay = new("oslo-frogner-day");
    public static readonly TeamId FrognerNight = new("oslo-frogner-night");
    public static readonly TeamId Dementia = new("oslo-dementia");

    public static RoutingRule Rule(TeamId team) => new(team, [], null, null, null, null, false);

    public static EscalationPolicy Policy(string name) =>
        new(name, [], null, [new EscalationStep(NotifyTarget.OnDutyResponder, TimeSpan.FromMinutes(1))], 0);

    public static TenantPolicies Tenant(IReadOnlyList<RoutingRule>? routing = null, IReadOnlyList<EscalationPolicy>? escalation = null) =>
        new(new TenantId("oslo"), "Europe/Oslo", routing ?? [Rule(FrognerDay)], escalation ?? [Policy("standard")]);

    public static ResidentProfile Resident(
        string district = "Frogner", CareLevel careLevel = CareLevel.Basic, IReadOnlyList<TeamId>? assignedTeams = null) =>
        new(new ResidentId("oslo-r-test"), new TenantId("oslo"), "Test Resident", district, careLevel, assignedTeams ?? []);
}
