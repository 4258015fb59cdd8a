using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Escalation;

/// <summary>
/// Checks a tenant's policies before they are stored. Each problem names its field the way the
/// JSON body spells it (<c>escalation[0].steps[1].wait</c>), so an administrator can find it.
/// </summary>
public static class TenantPoliciesValidator
{
    /// <summary>The longest a step may wait: an alarm left longer than this with nobody new asked is unsafe.</summary>
    public static readonly TimeSpan MaximumWait = TimeSpan.FromHours(1);

    /// <summary>The most times a policy may run its steps again.</summary>
    public const int MaximumRepeats = 10;

    /// <summary>Every problem found; empty when the policies are valid.</summary>
    public static IReadOnlyList<string> Validate(TenantPolicies policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        var errors = new List<string>();

        Report(errors, string.IsNullOrWhiteSpace(policies.Tenant.Value), "tenant is empty");
        if (string.IsNullOrWhiteSpace(policies.TimeZone))
        {
            errors.Add("timeZone is empty");
        }
        else
        {
            Report(errors, !TimeZoneInfo.TryFindSystemTimeZoneById(policies.TimeZone, out _),
                $"timeZone '{policies.TimeZone}' is not a known time zone");
        }

        ValidateEach(policies.Routing, "routing", errors, ValidateRoutingRule);
        ValidateEach(policies.Escalation, "escalation", errors, ValidateEscalationPolicy);
        ValidateUniqueNames(policies.Escalation, errors);
        return errors;
    }

    private static void ValidateRoutingRule(RoutingRule rule, string path, List<string> errors)
    {
        Report(errors, string.IsNullOrWhiteSpace(rule.Team.Value), $"{path}.team is empty");
        ValidateKinds(rule.Kinds, $"{path}.kinds", errors);
        Report(errors, rule.District is not null && string.IsNullOrWhiteSpace(rule.District),
            $"{path}.district is empty (leave it out to match any district)");
        Report(errors, rule.MinimumCareLevel is { } careLevel && !Enum.IsDefined(careLevel),
            $"{path}.minimumCareLevel is not a known care level");
        Report(errors, rule.From.HasValue != rule.To.HasValue,
            $"{path}.from and {path}.to must both be set or both be empty");
        // Equal ends would be read as a window crossing midnight that covers the whole day: say so instead.
        Report(errors, rule.From.HasValue && rule.From == rule.To,
            $"{path}.from and {path}.to are equal (leave both out to match all day)");
    }

    private static void ValidateEscalationPolicy(EscalationPolicy policy, string path, List<string> errors)
    {
        Report(errors, string.IsNullOrWhiteSpace(policy.Name), $"{path}.name is empty");
        ValidateKinds(policy.Kinds, $"{path}.kinds", errors);
        Report(errors, policy.Priority is { } priority && !Enum.IsDefined(priority),
            $"{path}.priority is not a known priority");

        if (policy.Steps is null || policy.Steps.Count == 0)
        {
            errors.Add($"{path}.steps is empty");
        }
        else
        {
            ValidateEach(policy.Steps, $"{path}.steps", errors, ValidateStep);
        }

        Report(errors, policy.Repeats is < 0 or > MaximumRepeats,
            $"{path}.repeats must be between 0 and {MaximumRepeats} (was {policy.Repeats})");
    }

    private static void ValidateStep(EscalationStep step, string path, List<string> errors)
    {
        Report(errors, !Enum.IsDefined(step.Notify), $"{path}.notify is not a known notify target");
        Report(errors, step.Wait <= TimeSpan.Zero, $"{path}.wait must be positive (was {step.Wait})");
        Report(errors, step.Wait > MaximumWait, $"{path}.wait must be at most 1 hour (was {step.Wait})");
    }

    private static void ValidateKinds(IReadOnlyList<IncidentKind>? kinds, string path, List<string> errors)
    {
        if (kinds is null)
        {
            errors.Add($"{path} is missing (use an empty list for every kind)");
            return;
        }

        for (var i = 0; i < kinds.Count; i++)
        {
            Report(errors, !Enum.IsDefined(kinds[i]), $"{path}[{i}] is not a known kind");
        }
    }

    private static void ValidateUniqueNames(IReadOnlyList<EscalationPolicy?>? policies, List<string> errors)
    {
        var firstIndexByName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < (policies?.Count ?? 0); i++)
        {
            if (policies![i]?.Name is { } name && !string.IsNullOrWhiteSpace(name) && !firstIndexByName.TryAdd(name, i))
            {
                errors.Add($"escalation[{i}].name '{name}' is already used by escalation[{firstIndexByName[name]}]");
            }
        }
    }

    // A JSON body can leave out a list or put null in one; name that field rather than fail later.
    private static void ValidateEach<T>(IReadOnlyList<T?>? items, string path, List<string> errors, Action<T, string, List<string>> validate)
        where T : class
    {
        if (items is null)
        {
            errors.Add($"{path} is missing (use an empty list for none)");
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item)
            {
                validate(item, $"{path}[{i}]", errors);
            }
            else
            {
                errors.Add($"{path}[{i}] is missing");
            }
        }
    }

    private static void Report(List<string> errors, bool failed, string message)
    {
        if (failed)
        {
            errors.Add(message);
        }
    }
}
