using Orleans.Concurrency;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Sensors;

namespace ResponseCentre.Grains.Abstractions.Signals;

/// <summary>
/// A resident's recent history as daily counters (eight weeks), and the early-warning signals it
/// raises. Keyed by <see cref="ResidentId"/>; reach it with <see cref="SignalGrainFactoryExtensions.GetResidentHistory"/>.
/// New signals are published on the incident feed. The callers pass the resident's profile
/// because they are the resident grain, which is busy while it calls: asking it back would deadlock.
/// </summary>
[Alias("rc.IResidentHistoryGrain")]
public interface IResidentHistoryGrain : IGrainWithStringKey
{
    /// <summary>
    /// Counts an alarm on its local day, then evaluates the signals. Call once per new incident,
    /// not for redeliveries or duplicates joining an open one. Alarms older than the history are ignored.
    /// </summary>
    /// <param name="resident">The resident, as the signals should name them.</param>
    /// <param name="kind">What the alarm was.</param>
    /// <param name="at">When it was raised, by the centre's clock (a later time counts as now).</param>
    [Alias("RecordAlarm")]
    Task RecordAlarmAsync(ResidentProfile resident, IncidentKind kind, DateTimeOffset at);

    /// <summary>
    /// Counts night-time activity in the readings (motion = 1, and bed occupancy going from 1 to 0),
    /// keeping only counters, then evaluates the signals when anything was counted.
    /// </summary>
    /// <param name="resident">The resident, as the signals should name them.</param>
    /// <param name="readings">The readings, all measured at <paramref name="measuredAt"/>.</param>
    /// <param name="measuredAt">When they were measured, by the device's clock.</param>
    [Alias("RecordReadings")]
    Task RecordReadingsAsync(ResidentProfile resident, IReadOnlyList<SensorReading> readings, DateTimeOffset measuredAt);

    /// <summary>The signals raised and neither cleared nor acknowledged, oldest first.</summary>
    [Alias("GetActiveSignals"), ReadOnly]
    Task<IReadOnlyList<RiskSignal>> GetActiveSignalsAsync();

    /// <summary>
    /// The team has seen the signal: it is no longer active, and it is not raised again until its
    /// condition has been clear for <see cref="RiskSignalPolicy.ClearAfter"/>. False when no active signal has that id.
    /// </summary>
    [Alias("AcknowledgeSignal")]
    Task<bool> AcknowledgeSignalAsync(RiskSignalId signal, Actor by);

    /// <summary>
    /// Validates and stores the resident's thresholds, then evaluates the signals with them.
    /// Throws <see cref="Escalation.PolicyValidationException"/> and keeps the old ones when any field is wrong.
    /// </summary>
    [Alias("SetPolicy")]
    Task SetPolicyAsync(RiskSignalPolicy policy);

    /// <summary>The resident's thresholds: <see cref="RiskSignalPolicy.Default"/> until some are set.</summary>
    [Alias("GetPolicy"), ReadOnly]
    Task<RiskSignalPolicy> GetPolicyAsync();

    /// <summary>The retained daily history, oldest first; days with nothing recorded are absent.</summary>
    [Alias("GetHistory"), ReadOnly]
    Task<IReadOnlyList<DailyActivity>> GetHistoryAsync();
}
