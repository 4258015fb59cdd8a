using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Incidents;

/// <summary>
/// Turns an escalation step into the people to notify, given who is on duty and who already
/// declined or was asked. When a step finds nobody to ask, the operators are alerted instead,
/// with the reason, so an alarm is never left with no one looking at it.
/// </summary>
public static class DispatchPlanner
{
    public static Dispatch Plan(EscalationStep step, TeamId? team, OnDutyView? onDuty, IReadOnlyCollection<StaffId> declined, IReadOnlyCollection<StaffId> asked)
    {
        if (step.Notify == NotifyTarget.Operators)
        {
            return new Dispatch(step.Notify, [], step.Wait, OperatorReason: null);
        }

        if (step.Notify == NotifyTarget.EmergencyServices)
        {
            return new Dispatch(step.Notify, [], step.Wait, "call emergency services (113)");
        }

        if (team is null || onDuty is null)
        {
            return new Dispatch(step.Notify, [], step.Wait, "no team found for the resident: routing rules matched none");
        }

        var available = onDuty.OnDuty.Select(m => m.Staff).Where(s => !declined.Contains(s)).ToList();
        var recipients = step.Notify switch
        {
            NotifyTarget.OnDutyResponder => OnDutyResponder(onDuty, available, asked),
            NotifyTarget.WholeTeam => available,
            NotifyTarget.TeamLead => [.. onDuty.Leads.Select(m => m.Staff).Where(s => !declined.Contains(s))],
            _ => throw new ArgumentOutOfRangeException(nameof(step), step.Notify, "unknown notify target"),
        };

        return recipients.Count > 0
            ? new Dispatch(step.Notify, recipients, step.Wait, OperatorReason: null)
            : new Dispatch(step.Notify, [], step.Wait, NobodyReason(step.Notify, team.Value, onDuty));
    }

    private static List<StaffId> OnDutyResponder(OnDutyView onDuty, List<StaffId> available, IReadOnlyCollection<StaffId> asked)
    {
        var responders = onDuty.OnDuty.Where(m => m.Role == TeamRole.Responder).Select(m => m.Staff).Where(available.Contains).ToList();
        // Ask someone new each time this step comes round; once all were asked, start again from the first.
        var next = responders.FirstOrDefault(s => !asked.Contains(s));
        return next != default ? [next] : responders.Take(1).ToList();
    }

    private static string NobodyReason(NotifyTarget target, TeamId team, OnDutyView onDuty) => target switch
    {
        NotifyTarget.TeamLead => $"team {team} has no lead to ask",
        _ when onDuty.OnDuty.Count == 0 => $"nobody is on duty in team {team}",
        _ => $"everyone on duty in team {team} has declined",
    };
}
