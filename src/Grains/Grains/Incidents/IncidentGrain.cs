using Microsoft.Extensions.Logging;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Incidents;

/// <summary>
/// One incident's lifecycle. Escalation (routing, steps, deadlines) lives in the other part of
/// this class, <c>IncidentGrain.Escalation.cs</c>; this part holds the commands people send.
/// </summary>
public sealed partial class IncidentGrain(
    [PersistentState("incident", StorageNames.Default)] IPersistentState<IncidentState> state,
    TimeProvider time,
    EscalationMetrics metrics,
    ILogger<IncidentGrain> logger)
    : Grain, IIncidentGrain, IRemindable
{
    private IncidentView View => state.State.View
        ?? throw new IncidentTransitionException($"Incident {this.GetPrimaryKeyString()} was never opened.");

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        ArmDeadlineTimer(); // after a crash or a move, a running deadline continues where it was
        return Task.CompletedTask;
    }

    public async Task<IncidentView> OpenAsync(OpenIncident command)
    {
        if (state.State.View is null)
        {
            var now = time.GetUtcNow();
            state.State.Resident = command.Resident;
            state.State.View = new IncidentView(
                new IncidentId(this.GetPrimaryKeyString()), command.Resident.Id, command.Resident.Tenant, command.Kind,
                command.Priority, IncidentStatus.Raised, command.Device, command.DeviceTimestamp, command.RaisedAt);
            Record(now, IncidentEvent.Raised, Actor.System, $"{command.Kind} from device {command.Device}");
            await CommitAsync();
        }
        else
        {
            // A redelivered alarm: publish again, repairing a publish that failed after the store.
            await GrainFactory.GetIncidentFeed().PublishAsync(View);
        }

        if (View.Status == IncidentStatus.Raised)
        {
            await StartEscalationAsync(time.GetUtcNow());
        }

        return View;
    }

    public async Task<bool> JoinDuplicateAsync(DateTimeOffset deviceTimestamp)
    {
        if (View.IsClosed)
        {
            return false;
        }

        state.State.View = View with { DuplicateCount = View.DuplicateCount + 1, LastEvent = IncidentEvent.DuplicateJoined };
        Record(time.GetUtcNow(), IncidentEvent.DuplicateJoined, Actor.System, $"device time {deviceTimestamp:O}");
        await CommitAsync();
        return true;
    }

    public Task<IncidentView?> GetViewAsync() => Task.FromResult(state.State.View);

    public Task<IReadOnlyList<TimelineEntry>> GetTimelineAsync() => Task.FromResult<IReadOnlyList<TimelineEntry>>(state.State.Timeline);

    public async Task<IncidentView> AcceptAsync(Actor actor)
    {
        IncidentLifecycle.EnsureCanAccept(View, actor);
        state.State.View = View with
        {
            Status = IncidentStatus.Accepted,
            LastEvent = IncidentEvent.Accepted,
            AssignedTo = actor.Kind == ActorKind.Staff ? new StaffId(actor.Id) : null,
            Deadline = null,
        };
        return await CloseEscalationAsync(IncidentEvent.Accepted, actor, detail: null);
    }

    public async Task<IncidentView> DeclineAsync(Actor actor)
    {
        IncidentLifecycle.EnsureCanDecline(View, actor);
        var now = time.GetUtcNow();
        state.State.Declined.Add(new StaffId(actor.Id));
        Record(now, IncidentEvent.Declined, actor, $"at step {View.EscalationStep}");
        // A decline moves on at once: the next step, without waiting for the deadline.
        state.State.View = View with { EscalationStep = View.EscalationStep + 1, LastEvent = IncidentEvent.Declined };
        await DispatchStepAsync(now);
        return View;
    }

    public Task<IncidentView> MarkEnRouteAsync(Actor actor)
    {
        IncidentLifecycle.EnsureCanMarkEnRoute(View, actor);
        return MoveToAsync(IncidentStatus.EnRoute, IncidentEvent.EnRoute, actor);
    }

    public Task<IncidentView> MarkOnSiteAsync(Actor actor)
    {
        IncidentLifecycle.EnsureCanMarkOnSite(View, actor);
        return MoveToAsync(IncidentStatus.OnSite, IncidentEvent.OnSite, actor);
    }

    public async Task<IncidentView> ResolveAsync(Actor actor, IncidentOutcome outcome)
    {
        IncidentLifecycle.EnsureCanResolve(View, actor);
        state.State.View = View with { Status = IncidentStatus.Resolved, LastEvent = IncidentEvent.Resolved, Outcome = outcome, Deadline = null };
        return await CloseEscalationAsync(IncidentEvent.Resolved, actor, outcome.ToString());
    }

    public async Task<IncidentView> CancelAsync(Actor actor)
    {
        IncidentLifecycle.EnsureCanCancel(View);
        state.State.View = View with { Status = IncidentStatus.Cancelled, LastEvent = IncidentEvent.Cancelled, Deadline = null };
        return await CloseEscalationAsync(IncidentEvent.Cancelled, actor, detail: null);
    }

    private async Task<IncidentView> MoveToAsync(IncidentStatus status, IncidentEvent happened, Actor actor)
    {
        state.State.View = View with { Status = status, LastEvent = happened };
        Record(time.GetUtcNow(), happened, actor, detail: null);
        await CommitAsync();
        return View;
    }

    private void Record(DateTimeOffset at, IncidentEvent happened, Actor actor, string? detail) =>
        state.State.Timeline.Add(new TimelineEntry(at, happened, actor, detail));

    /// <summary>Stores the state, then tells the feed: nobody is shown a change that could still be lost.</summary>
    private async Task CommitAsync()
    {
        await state.WriteStateAsync();
        await GrainFactory.GetIncidentFeed().PublishAsync(View);
    }
}
