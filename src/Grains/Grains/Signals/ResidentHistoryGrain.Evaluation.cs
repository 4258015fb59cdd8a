using ResponseCentre.Grains.Abstractions;

namespace ResponseCentre.Grains.Signals;

/// <summary>Evaluation and delivery: detect, raise or clear, store, then publish.</summary>
public sealed partial class ResidentHistoryGrain
{
    private TimeZoneInfo? _zone;

    private async Task EvaluateAsync(DateTimeOffset now, TimeZoneInfo zone, bool mustStore)
    {
        if (state.State.Resident is not { } resident)
        {
            return;
        }

        var history = state.State.History;
        var trimmed = history.Trim(NightClock.LocalDate(now, zone));
        var findings = RiskSignalDetector.Detect(history, Policy, now, zone);
        var update = RiskSignalLifecycle.Apply(state.State.Signals, findings, resident, Policy, now);
        state.State.Signals = [.. update.Tracked];
        if (mustStore || trimmed || update.Changed)
        {
            await state.WriteStateAsync();
        }

        foreach (var cleared in update.Cleared)
        {
            ResidentHistoryLog.SignalCleared(logger, cleared.Id, Policy.ClearAfter);
        }

        await DeliverAsync();
    }

    /// <summary>Publishes stored signals the feed does not have yet: nobody is shown a signal that could still be lost.</summary>
    private async Task DeliverAsync()
    {
        var delivered = false;
        for (var i = 0; i < state.State.Signals.Count; i++)
        {
            var tracked = state.State.Signals[i];
            if (tracked.Delivered)
            {
                continue;
            }

            try
            {
                await GrainFactory.GetIncidentFeed().NotifyRiskSignalAsync(tracked.Signal);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                ResidentHistoryLog.SignalNotDelivered(logger, ex, tracked.Signal.Id);
                continue;
            }

            ResidentHistoryLog.SignalRaised(logger, tracked.Signal.Id, tracked.Signal.Resident.Value, tracked.Signal.Sentence);
            state.State.Signals[i] = tracked with { Delivered = true };
            delivered = true;
        }

        if (delivered)
        {
            await state.WriteStateAsync();
        }
    }

    /// <summary>The tenant's time zone for local days and nights; UTC when the tenant has set none.</summary>
    private async Task<TimeZoneInfo> ZoneAsync()
    {
        if (_zone is null)
        {
            var policies = state.State.Resident is { } resident ? await GrainFactory.GetTenantPolicies(resident.Tenant).GetAsync() : null;
            _zone = policies?.TimeZone is { } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
        }

        return _zone;
    }
}
