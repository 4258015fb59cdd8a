namespace ResponseCentre.Grains.Signals;

/// <summary>
/// The daily evaluation, shortly after the night ends, when the night just past can first count and
/// quiet days let signals clear. A grain timer fires it on time; a daily reminder is the durable
/// backstop that wakes a grain whose resident has gone quiet (its activation re-arms the timer).
/// </summary>
public sealed partial class ResidentHistoryGrain
{
    private const string DailyReminder = "risk-signals-daily";
    private static readonly TimeSpan AfterNightEnds = TimeSpan.FromMinutes(5);

    private IGrainTimer? _dailyTimer;
    private bool _reminderRegistered;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Resident is not null)
        {
            ArmDailyTimer(await ZoneAsync());
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => EvaluateDailyAsync();

    private async Task OnDailyTimerAsync(CancellationToken cancellationToken)
    {
        try
        {
            await EvaluateDailyAsync();
        }
        finally
        {
            // Tomorrow's evaluation is due even if today's failed; none is when the history emptied.
            if (_dailyTimer is not null)
            {
                ArmDailyTimer(_zone ?? TimeZoneInfo.Utc);
            }
        }
    }

    private async Task EvaluateDailyAsync()
    {
        _zone = null; // the tenant may have moved its time zone since yesterday
        var now = time.GetUtcNow();
        var zone = await ZoneAsync();
        var trimmed = state.State.History.Trim(NightClock.LocalDate(now, zone));
        if (state.State.History.Days.Count > 0 || state.State.Signals.Count > 0)
        {
            await EvaluateAsync(now, zone, mustStore: trimmed);
            return;
        }

        // Nothing recorded for the whole retention: sleep until the next record wakes it.
        _dailyTimer?.Dispose();
        _dailyTimer = null;
        if (await this.GetReminder(DailyReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        _reminderRegistered = false;
        await state.WriteStateAsync();
    }

    private async Task EnsureDailyEvaluationAsync(TimeZoneInfo zone)
    {
        if (_dailyTimer is null)
        {
            ArmDailyTimer(zone);
        }

        if (!_reminderRegistered)
        {
            if (await this.GetReminder(DailyReminder) is null)
            {
                await this.RegisterOrUpdateReminder(DailyReminder, NextDailyEvaluation(zone) - time.GetUtcNow(), TimeSpan.FromDays(1));
            }

            _reminderRegistered = true;
        }
    }

    private void ArmDailyTimer(TimeZoneInfo zone)
    {
        _dailyTimer?.Dispose();
        var due = NextDailyEvaluation(zone) - time.GetUtcNow();
        _dailyTimer = this.RegisterGrainTimer(OnDailyTimerAsync, new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan));
    }

    private DateTimeOffset NextDailyEvaluation(TimeZoneInfo zone) => NightClock.Next(Policy.NightEnds.Add(AfterNightEnds), time.GetUtcNow(), zone);
}
