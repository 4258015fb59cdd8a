using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Devices;

/// <summary>
/// The offline deadline: a grain timer fires it on time; a reminder, registered while a deadline (or a
/// fault's incident) is pending, is the durable backstop that reactivates the grain after a crash, whose
/// activation re-arms the timer.
/// </summary>
public sealed partial class DeviceGrain
{
    private const string BackstopReminder = "supervision-backstop";

    private IGrainTimer? _deadlineTimer;
    private DateTimeOffset? _timerDue;

    /// <summary>Whether the backstop is registered; null after activation, until first checked.</summary>
    private bool? _backstopRegistered;

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        _backstopRegistered = true;
        await OpenPendingFaultsAsync();
        await CheckDeadlineAsync();
    }

    private DateTimeOffset? Deadline()
    {
        var s = state.State;
        return DeviceSupervisionPolicy.Deadline(Settings, s.HeartbeatsSince, s.LastContact, s.LastWillAt,
            reportedOffline: s.Faults.Exists(f => f.Kind == IncidentKind.DeviceOffline));
    }

    private async Task OnDeadlineAsync(CancellationToken cancellationToken)
    {
        _deadlineTimer?.Dispose();
        _deadlineTimer = null;
        _timerDue = null;
        await CheckDeadlineAsync();
    }

    private async Task CheckDeadlineAsync()
    {
        var now = time.GetUtcNow();
        if (Deadline() is { } deadline && deadline <= now)
        {
            await RaiseFaultAsync(IncidentKind.DeviceOffline, deviceTimestamp: now);
        }

        await UpdateDeadlineAsync();
    }

    /// <summary>Re-arms the timer for the deadline as it now stands, and keeps the backstop only while something is pending.</summary>
    private async Task UpdateDeadlineAsync()
    {
        var deadline = Deadline();
        ArmDeadlineTimer(deadline);
        if (deadline is not null || state.State.Faults.Exists(f => f.Pending))
        {
            if (_backstopRegistered != true)
            {
                var period = options.Value.BackstopPeriod;
                await this.RegisterOrUpdateReminder(BackstopReminder, period, period);
                _backstopRegistered = true;
            }
        }
        else if (_backstopRegistered != false)
        {
            if (await this.GetReminder(BackstopReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            _backstopRegistered = false;
        }
    }

    private void ArmDeadlineTimer(DateTimeOffset? deadline)
    {
        // Contact only ever moves the deadline later: a timer already due first fires, finds it moved and re-arms.
        if (deadline is not null && _deadlineTimer is not null && _timerDue <= deadline)
        {
            return;
        }

        _deadlineTimer?.Dispose();
        _deadlineTimer = null;
        _timerDue = null;
        if (deadline is not { } due)
        {
            return;
        }

        var wait = due - time.GetUtcNow();
        _deadlineTimer = this.RegisterGrainTimer(OnDeadlineAsync,
            new GrainTimerCreationOptions(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Timeout.InfiniteTimeSpan));
        _timerDue = due;
    }
}
