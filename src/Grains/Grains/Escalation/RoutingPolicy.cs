using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Escalation;

/// <summary>Chooses the team for an incident from the tenant's routing rules.</summary>
public static class RoutingPolicy
{
    /// <summary>
    /// The team of the first rule whose conditions all hold at <paramref name="now"/>; when none
    /// does (or the tenant has no policies), the resident's first assigned team; else null.
    /// </summary>
    public static TeamId? ChooseTeam(TenantPolicies? policies, ResidentProfile resident, IncidentKind kind, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(resident);

        if (policies is { Routing.Count: > 0 })
        {
            var localTime = LocalTimeOfDay(policies.TimeZone, now);
            foreach (var rule in policies.Routing)
            {
                if (Matches(rule, resident, kind, localTime))
                {
                    return rule.Team;
                }
            }
        }

        return resident.AssignedTeams.Count > 0 ? resident.AssignedTeams[0] : null;
    }

    private static bool Matches(RoutingRule rule, ResidentProfile resident, IncidentKind kind, TimeOnly localTime) =>
        (rule.Kinds.Count == 0 || rule.Kinds.Contains(kind))
        && (rule.District is null || string.Equals(rule.District, resident.District, StringComparison.OrdinalIgnoreCase))
        && (rule.MinimumCareLevel is null || resident.CareLevel >= rule.MinimumCareLevel)
        && IsWithinWindow(rule.From, rule.To, localTime)
        && (!rule.OnlyAssignedTeam || resident.AssignedTeams.Contains(rule.Team));

    private static bool IsWithinWindow(TimeOnly? from, TimeOnly? to, TimeOnly localTime) =>
        (from, to) switch
        {
            ({ } start, { } end) when start < end => localTime >= start && localTime < end,
            // The window runs past midnight, e.g. 22:00 to 07:00.
            ({ } start, { } end) => localTime >= start || localTime < end,
            _ => true,
        };

    private static TimeOnly LocalTimeOfDay(string timeZone, DateTimeOffset now)
    {
        // Policies are validated when stored, so an unknown zone here is a caller's bug, not data to guess around.
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        return TimeOnly.FromTimeSpan(TimeZoneInfo.ConvertTime(now, zone).TimeOfDay);
    }
}
