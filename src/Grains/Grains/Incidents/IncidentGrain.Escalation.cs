using Microsoft.Extensions.Logging;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Teams;
using ResponseCentre.Grains.Escalation;

namespace ResponseCentre.Grains.Incidents;

/// <summary>
/// Escalation: a grain timer fires each step's deadline precisely; a reminder is the durable
/// backstop that reactivates the grain after a crash, whose activation re-arms the timer.
/// </summary>
public sealed partial class IncidentGrain
{
    private const string BackstopReminder = "escalation-backstop";
    private static readonly TimeSpan BackstopPeriod = TimeSpan.FromMinutes(1);

    private IGrainTimer? _deadlineTimer;

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (state.State.View is not { Status: IncidentStatus.Dispatched, Deadline: { } deadline })
        {
            await StopBackstopAsync();
            return;
        }

        if (deadline <= time.GetUtcNow())
        {
            // The timer was lost (a crash, a failed tick): the backstop handles the deadline itself.
            await OnDeadlineAsync(CancellationToken.None);
        }
        else if (_deadlineTimer is null)
        {
            ArmDeadlineTimer();
        }
    }

    private async Task StartEscalationAsync(DateTimeOffset now)
    {
        var policies = await GrainFactory.GetTenantPolicies(View.Tenant).GetAsync();
        var team = RoutingPolicy.ChooseTeam(policies, state.State.Resident!, View.Kind, now);
        state.State.View = View with { Team = team, EscalationStep = 0 };
        await this.RegisterOrUpdateReminder(BackstopReminder, BackstopPeriod, BackstopPeriod);
        await DispatchStepAsync(now, policies);
    }

    private async Task DispatchStepAsync(DateTimeOffset now, TenantPolicies? policies = null)
    {
        policies ??= await GrainFactory.GetTenantPolicies(View.Tenant).GetAsync();
        var policy = EscalationPolicySelector.For(policies, View.Kind, View.Priority);
        if (EscalationPolicySelector.StepAt(policy, View.EscalationStep) is not { } step)
        {
            state.State.View = View with { Status = IncidentStatus.Dispatched, LastEvent = IncidentEvent.EscalationExhausted, Deadline = null };
            await CloseEscalationAsync(IncidentEvent.EscalationExhausted, Actor.System, $"policy '{policy.Name}' ran out of steps");
            await NotifyAsync(NotifyTarget.Operators, [], deadline: null, "nobody accepted: every escalation step has run");
            return;
        }

        var onDuty = View.Team is { } team ? await GrainFactory.GetTeam(team).GetOnDutyAsync(now) : null;
        var dispatch = DispatchPlanner.Plan(step, View.Team, onDuty, state.State.Declined, View.Notified);
        var deadline = now + dispatch.Wait;
        var happened = dispatch.NobodyToAsk ? IncidentEvent.NobodyOnDuty : IncidentEvent.Notified;
        state.State.View = View with
        {
            Status = IncidentStatus.Dispatched,
            LastEvent = happened,
            Notified = [.. View.Notified.Union(dispatch.Recipients)],
            Deadline = deadline,
        };
        Record(now, happened, Actor.System,
            $"step {View.EscalationStep} ({policy.Name}): {dispatch.Target} {string.Join(", ", dispatch.Recipients)} {dispatch.OperatorReason}".TrimEnd() + $"; deadline {deadline:O}");
        await CommitAsync();
        ArmDeadlineTimer();
        await NotifyAsync(dispatch.Target, dispatch.Recipients, deadline, dispatch.OperatorReason);
    }

    private Task NotifyAsync(NotifyTarget target, IReadOnlyList<StaffId> recipients, DateTimeOffset? deadline, string? reason) =>
        GrainFactory.GetIncidentFeed().NotifyAsync(new EscalationNotice(View, target, recipients, View.EscalationStep, deadline, reason));

    private async Task OnDeadlineAsync(CancellationToken cancellationToken)
    {
        _deadlineTimer?.Dispose();
        _deadlineTimer = null;
        if (state.State.View is not { Status: IncidentStatus.Dispatched, Deadline: { } deadline })
        {
            return;
        }

        var now = time.GetUtcNow();
        if (deadline > now)
        {
            ArmDeadlineTimer();
            return;
        }

        metrics.RecordDeadlineLateness(now - deadline);
        Record(now, IncidentEvent.DeadlinePassed, Actor.System, $"step {View.EscalationStep} deadline {deadline:O}");
        state.State.View = View with { EscalationStep = View.EscalationStep + 1, LastEvent = IncidentEvent.DeadlinePassed };
        await DispatchStepAsync(now);
    }

    private void ArmDeadlineTimer()
    {
        _deadlineTimer?.Dispose();
        _deadlineTimer = null;
        if (state.State.View is not { Status: IncidentStatus.Dispatched, Deadline: { } deadline })
        {
            return;
        }

        var due = deadline - time.GetUtcNow();
        _deadlineTimer = this.RegisterGrainTimer(OnDeadlineAsync,
            new GrainTimerCreationOptions(due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan));
    }

    /// <summary>Acceptance, resolution, cancellation or exhaustion: record it and stop every clock.</summary>
    private async Task<IncidentView> CloseEscalationAsync(IncidentEvent happened, Actor actor, string? detail)
    {
        _deadlineTimer?.Dispose();
        _deadlineTimer = null;
        Record(time.GetUtcNow(), happened, actor, detail);
        await CommitAsync();
        await StopBackstopAsync();
        if (View.IsClosed)
        {
            await RecordClosedAsync();
        }

        return View;
    }

    private async Task StopBackstopAsync()
    {
        if (await this.GetReminder(BackstopReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    /// <summary>
    /// After the close is committed: the KPI row is derived data, so its failure is logged, never
    /// thrown at the person who just closed the incident (their close already stands).
    /// </summary>
    private async Task RecordClosedAsync()
    {
        try
        {
            await GrainFactory.GetIncidentStats(View.Tenant)
                .RecordAsync(ClosedIncidents.From(View, state.State.Resident?.District ?? "", state.State.Timeline));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogStatsLost(logger, e, View.Id.Value);
        }
    }

    [LoggerMessage(LogLevel.Warning, "The KPI record of closed incident {Incident} could not be stored; it is missing from the KPIs")]
    private static partial void LogStatsLost(ILogger logger, Exception exception, string incident);
}
