using Orleans.Concurrency;
using ResponseCentre.Grains.Abstractions.Sensors;

namespace ResponseCentre.Grains.Abstractions.Residents;

/// <summary>One resident: their profile and the alarms raised for them. Keyed by <see cref="ResidentId"/>.</summary>
[Alias("rc.IResidentGrain")]
public interface IResidentGrain : IGrainWithStringKey
{
    /// <summary>Registers or updates the resident's profile.</summary>
    [Alias("Register")]
    Task RegisterAsync(ResidentProfile profile);

    /// <summary>Records that the device is in the resident's home (the registry assigned it here).</summary>
    [Alias("AttachDevice")]
    Task AttachDeviceAsync(Devices.DeviceId device);

    /// <summary>Records that the device was moved to another resident.</summary>
    [Alias("DetachDevice")]
    Task DetachDeviceAsync(Devices.DeviceId device);

    /// <summary>The devices assigned to the resident.</summary>
    [Alias("GetDevices"), ReadOnly]
    Task<IReadOnlyList<Devices.DeviceId>> GetDevicesAsync();

    /// <summary>The profile, or null when the resident was never registered.</summary>
    [Alias("GetProfile"), ReadOnly]
    Task<ResidentProfile?> GetProfileAsync();

    /// <summary>
    /// Opens an incident for the alarm and returns once it is stored. A redelivered device
    /// message returns the incident it opened the first time instead of opening another; an alarm
    /// of the same kind within the de-duplication window joins the open incident.
    /// Throws <see cref="InvalidOperationException"/> when the resident is not registered.
    /// </summary>
    [Alias("RaiseAlarm")]
    Task<AlarmRaised> RaiseAlarmAsync(RaiseAlarm command);

    /// <summary>
    /// Cancels the resident's most recent open incident that nobody has accepted yet. A redelivered
    /// cancel finds nothing more to cancel and says so.
    /// </summary>
    [Alias("CancelAlarm")]
    Task<AlarmCancelled> CancelAlarmAsync(CancelAlarm command);

    /// <summary>
    /// Keeps the readings as the resident's latest sensor state, evaluates the resident's sensor
    /// rules against them (raising any alarm they call for) and returns once that is stored.
    /// Throws <see cref="InvalidOperationException"/> when the resident is not registered.
    /// </summary>
    [Alias("RecordTelemetry")]
    Task<TelemetryRecorded> RecordTelemetryAsync(RecordTelemetry command);

    /// <summary>The latest value of each metric reported in the resident's home.</summary>
    [Alias("GetLatestReadings"), ReadOnly]
    Task<IReadOnlyList<LatestReading>> GetLatestReadingsAsync();

    /// <summary>
    /// Validates and stores the resident's sensor rules, then evaluates them at once against the
    /// current sensor state. Throws <see cref="Escalation.PolicyValidationException"/> and keeps the
    /// old rules when any field is wrong, and <see cref="InvalidOperationException"/> when the resident is not registered.
    /// </summary>
    [Alias("SetSensorRules")]
    Task SetSensorRulesAsync(SensorRuleSet rules);

    /// <summary>The resident's sensor rules: <see cref="SensorRuleSet.Default"/> until a set is stored.</summary>
    [Alias("GetSensorRules"), ReadOnly]
    Task<SensorRuleSet> GetSensorRulesAsync();

    /// <summary>
    /// A medication dose was taken at <paramref name="at"/> (from a dispenser integration or the
    /// dashboard), so the scheduled dose it falls within the grace of is not reported missed.
    /// Throws <see cref="InvalidOperationException"/> when the resident is not registered.
    /// </summary>
    [Alias("MarkDoseTaken")]
    Task MarkDoseTakenAsync(DateTimeOffset at);
}
