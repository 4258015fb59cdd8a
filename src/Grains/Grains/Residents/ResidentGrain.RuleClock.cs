using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResponseCentre.Grains.Sensors;

namespace ResponseCentre.Grains.Residents;

/// <summary>
/// The sensor rules' deadline: one grain timer fires it on time, and a reminder aimed at the same
/// instant is the durable backstop that reactivates the resident after a crash. The reminder is
/// moved only when the deadline comes earlier; when readings push it later, the reminder ticks
/// early once, finds nothing due and is aimed again. It is dropped when no deadline is pending.
/// </summary>
public sealed partial class ResidentGrain : IRemindable
{
    private const string RulesBackstop = "sensor-rules-backstop";

    private IGrainTimer? _ruleTimer;
    private DateTimeOffset? _ruleTimerDue;

    // Where the reminder is aimed, as far as this activation knows; unknown after activation or a tick.
    private bool _backstopKnown;
    private DateTimeOffset? _backstopAt;

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != RulesBackstop)
        {
            return;
        }

        _backstopKnown = false;
        if (state.State.Profile is not null && Sensors.RuleTracking.NextDeadline <= time.GetUtcNow())
        {
            await EvaluateRulesAsync([]); // the timer was lost with its activation
        }
        else
        {
            ArmRuleTimer();
            await AimBackstopAsync();
        }
    }

    private async Task KeepRuleClocksAsync()
    {
        ArmRuleTimer();
        await AimBackstopAsync();
    }

    private void ArmRuleTimer()
    {
        var deadline = Sensors.RuleTracking.NextDeadline;
        if (deadline is not null && _ruleTimer is not null && _ruleTimerDue <= deadline)
        {
            return; // it fires early, finds nothing due and is armed again: cheaper than re-arming on every reading
        }

        _ruleTimer?.Dispose();
        _ruleTimer = null;
        _ruleTimerDue = deadline;
        if (deadline is { } due)
        {
            var wait = due - time.GetUtcNow();
            _ruleTimer = this.RegisterGrainTimer(OnRuleDeadlineAsync,
                new GrainTimerCreationOptions(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Timeout.InfiniteTimeSpan));
        }
    }

    private async Task OnRuleDeadlineAsync(CancellationToken cancellationToken)
    {
        _ruleTimer?.Dispose();
        _ruleTimer = null;
        _ruleTimerDue = null;
        if (state.State.Profile is not null)
        {
            await EvaluateRulesAsync([]);
        }
    }

    private async Task AimBackstopAsync()
    {
        var deadline = Sensors.RuleTracking.NextDeadline;
        if (_backstopKnown && (deadline is null ? _backstopAt is null : _backstopAt <= deadline))
        {
            return;
        }

        if (deadline is { } due)
        {
            var wait = due - time.GetUtcNow();
            var period = ServiceProvider.GetRequiredService<IOptions<SensorRuleOptions>>().Value.BackstopPeriod;
            await this.RegisterOrUpdateReminder(RulesBackstop, wait > TimeSpan.Zero ? wait : TimeSpan.Zero, period);
        }
        else if (await this.GetReminder(RulesBackstop) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        _backstopKnown = true;
        _backstopAt = deadline;
    }
}
