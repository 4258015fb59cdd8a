using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Incidents;

/// <summary>
/// Which actions each state allows and who may take them:
/// Raised -> Dispatched -> Accepted -> EnRoute -> OnSite -> Resolved, and Cancelled before acceptance.
/// Refusals say what was asked, what state the incident is in, and what would be allowed.
/// </summary>
public static class IncidentLifecycle
{
    public static bool CanCancel(IncidentStatus status) => status is IncidentStatus.Raised or IncidentStatus.Dispatched;

    public static void EnsureCanAccept(IncidentView incident, Actor actor)
    {
        EnsureStatus(incident, "accept", IncidentStatus.Raised, IncidentStatus.Dispatched);
        EnsureNotifiedOrOperator(incident, actor, "accept");
    }

    public static void EnsureCanDecline(IncidentView incident, Actor actor)
    {
        EnsureStatus(incident, "decline", IncidentStatus.Dispatched);
        if (actor.Kind != ActorKind.Staff || !incident.Notified.Any(s => s.Value == actor.Id))
        {
            throw new IncidentTransitionException($"Cannot decline incident {incident.Id}: only staff it was dispatched to may decline it.");
        }
    }

    public static void EnsureCanMarkEnRoute(IncidentView incident, Actor actor)
    {
        EnsureStatus(incident, "mark en route", IncidentStatus.Accepted);
        EnsureAssigneeOrOperator(incident, actor, "mark en route");
    }

    public static void EnsureCanMarkOnSite(IncidentView incident, Actor actor)
    {
        EnsureStatus(incident, "mark on site", IncidentStatus.Accepted, IncidentStatus.EnRoute);
        EnsureAssigneeOrOperator(incident, actor, "mark on site");
    }

    public static void EnsureCanResolve(IncidentView incident, Actor actor)
    {
        if (actor.Kind == ActorKind.System)
        {
            // The centre clears the technical faults it raised once they clear (contact returns, mains comes
            // back); it never closes an alarm someone must look at.
            if (incident.Priority != IncidentPriority.Technical)
            {
                throw new IncidentTransitionException($"Cannot resolve incident {incident.Id}: the system resolves technical faults only, and it is {incident.Kind}.");
            }

            EnsureStatus(incident, "resolve", IncidentStatus.Raised, IncidentStatus.Dispatched, IncidentStatus.Accepted, IncidentStatus.EnRoute, IncidentStatus.OnSite);
            return;
        }

        if (actor.Kind == ActorKind.Operator)
        {
            EnsureStatus(incident, "resolve", IncidentStatus.Raised, IncidentStatus.Dispatched, IncidentStatus.Accepted, IncidentStatus.EnRoute, IncidentStatus.OnSite);
            return;
        }

        EnsureStatus(incident, "resolve", IncidentStatus.Accepted, IncidentStatus.EnRoute, IncidentStatus.OnSite);
        EnsureAssigneeOrOperator(incident, actor, "resolve");
    }

    public static void EnsureCanCancel(IncidentView incident) =>
        EnsureStatus(incident, "cancel", IncidentStatus.Raised, IncidentStatus.Dispatched);

    private static void EnsureStatus(IncidentView incident, string action, params IncidentStatus[] allowed)
    {
        if (!allowed.Contains(incident.Status))
        {
            throw new IncidentTransitionException(
                $"Cannot {action} incident {incident.Id}: it is {incident.Status}; {action} is allowed only when it is {string.Join(" or ", allowed)}.");
        }
    }

    private static void EnsureNotifiedOrOperator(IncidentView incident, Actor actor, string action)
    {
        if (actor.Kind == ActorKind.Operator || (actor.Kind == ActorKind.Staff && incident.Notified.Any(s => s.Value == actor.Id)))
        {
            return;
        }

        throw new IncidentTransitionException($"Cannot {action} incident {incident.Id}: it was not dispatched to {actor}.");
    }

    private static void EnsureAssigneeOrOperator(IncidentView incident, Actor actor, string action)
    {
        if (actor.Kind == ActorKind.Operator || (actor.Kind == ActorKind.Staff && incident.AssignedTo?.Value == actor.Id))
        {
            return;
        }

        throw new IncidentTransitionException($"Cannot {action} incident {incident.Id}: only {incident.AssignedTo}, who accepted it, or an operator may.");
    }
}
