using ResponseCentre.Grains.Abstractions.Residents;

namespace ResponseCentre.Grains.Abstractions.Escalation;

/// <summary>A tenant's routing rules and escalation policies: data, validated when loaded.</summary>
/// <param name="Tenant">The municipality.</param>
/// <param name="TimeZone">IANA time zone for the rules' local times, e.g. <c>Europe/Oslo</c>.</param>
/// <param name="Routing">Routing rules, first match wins.</param>
/// <param name="Escalation">Escalation policies, first match wins.</param>
[GenerateSerializer, Immutable, Alias("rc.TenantPolicies")]
public sealed record TenantPolicies(
    [property: Id(0)] TenantId Tenant,
    [property: Id(1)] string TimeZone,
    [property: Id(2)] IReadOnlyList<RoutingRule> Routing,
    [property: Id(3)] IReadOnlyList<EscalationPolicy> Escalation);
