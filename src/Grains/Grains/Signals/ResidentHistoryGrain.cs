using Microsoft.Extensions.Logging;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.Grains.Abstractions.Signals;

namespace ResponseCentre.Grains.Signals;

/// <summary>
/// A resident's daily counters and risk signals. Records update the counters and evaluate at once;
/// a daily evaluation (<c>ResidentHistoryGrain.Daily.cs</c>) runs on quiet days too, so nights end
/// and signals clear without anything being recorded.
/// </summary>
public sealed partial class ResidentHistoryGrain(
    [PersistentState("history", StorageNames.Default)] IPersistentState<ResidentHistoryState> state,
    TimeProvider time,
    ILogger<ResidentHistoryGrain> logger)
    : Grain, IResidentHistoryGrain, IRemindable
{
    private RiskSignalPolicy Policy => state.State.Policy ?? RiskSignalPolicy.Default;

    public async Task RecordAlarmAsync(ResidentProfile resident, IncidentKind kind, DateTimeOffset at)
    {
        var zone = await RememberAsync(resident);
        var now = time.GetUtcNow();
        if (state.State.History.RecordAlarm(kind, at, NightClock.LocalDate(now, zone), zone))
        {
            await EvaluateAsync(now, zone, mustStore: true);
        }
    }

    public async Task RecordReadingsAsync(ResidentProfile resident, IReadOnlyList<SensorReading> readings, DateTimeOffset measuredAt)
    {
        var zone = await RememberAsync(resident);
        var now = time.GetUtcNow();
        if (state.State.History.RecordReadings(readings, measuredAt, NightClock.LocalDate(now, zone), Policy, zone))
        {
            await EvaluateAsync(now, zone, mustStore: true);
        }
    }

    public Task<IReadOnlyList<RiskSignal>> GetActiveSignalsAsync() =>
        Task.FromResult<IReadOnlyList<RiskSignal>>([.. state.State.Signals.Where(s => s.IsActive).Select(s => s.Signal)]);

    public async Task<bool> AcknowledgeSignalAsync(RiskSignalId signal, Actor by)
    {
        ArgumentNullException.ThrowIfNull(by);
        var index = state.State.Signals.FindIndex(s => s.Signal.Id == signal && s.IsActive);
        if (index < 0)
        {
            return false;
        }

        state.State.Signals[index] = state.State.Signals[index] with { AcknowledgedBy = by, AcknowledgedAt = time.GetUtcNow() };
        await state.WriteStateAsync();
        ResidentHistoryLog.SignalAcknowledged(logger, signal, by.ToString());
        return true;
    }

    public async Task SetPolicyAsync(RiskSignalPolicy policy)
    {
        if (RiskSignalPolicyValidator.Validate(policy) is { Count: > 0 } errors)
        {
            throw new PolicyValidationException(errors);
        }

        state.State.Policy = policy;
        if (state.State.Resident is null)
        {
            await state.WriteStateAsync();
            return;
        }

        var zone = await ZoneAsync();
        ArmDailyTimer(zone); // the night may now end at another time
        await EvaluateAsync(time.GetUtcNow(), zone, mustStore: true);
    }

    public Task<RiskSignalPolicy> GetPolicyAsync() => Task.FromResult(Policy);

    public Task<IReadOnlyList<DailyActivity>> GetHistoryAsync() =>
        Task.FromResult<IReadOnlyList<DailyActivity>>([.. state.State.History.Days]);

    /// <summary>Keeps the caller's profile for the signals and makes sure the daily evaluation is scheduled.</summary>
    private async Task<TimeZoneInfo> RememberAsync(ResidentProfile resident)
    {
        ArgumentNullException.ThrowIfNull(resident);
        if (resident.Id.Value != this.GetPrimaryKeyString())
        {
            throw new ArgumentException($"Profile of '{resident.Id}' sent to the history of '{this.GetPrimaryKeyString()}'.", nameof(resident));
        }

        if (state.State.Resident?.Tenant != resident.Tenant)
        {
            _zone = null;
        }

        state.State.Resident = resident;
        var zone = await ZoneAsync();
        await EnsureDailyEvaluationAsync(zone);
        return zone;
    }
}
