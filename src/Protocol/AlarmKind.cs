using System.Text.Json.Serialization;

namespace ResponseCentre.Protocol;

/// <summary>What a device reports in an alarm event. The JSON name is the snake_case word shown.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AlarmKind>))]
public enum AlarmKind
{
    /// <summary><c>push_button</c>: the resident pressed the pendant or wrist button (assistance call).</summary>
    [JsonStringEnumMemberName("push_button")] PushButton = 1,

    /// <summary><c>fall</c>: a fall detector tripped.</summary>
    [JsonStringEnumMemberName("fall")] Fall,

    /// <summary><c>smoke</c>: smoke or fire detected.</summary>
    [JsonStringEnumMemberName("smoke")] Smoke,

    /// <summary><c>stove_guard</c>: the stove guard cut the power.</summary>
    [JsonStringEnumMemberName("stove_guard")] StoveGuard,

    /// <summary><c>water_leak</c>: a water-leak detector tripped.</summary>
    [JsonStringEnumMemberName("water_leak")] WaterLeak,

    /// <summary><c>door_night_exit</c>: the door opened at night (exit or wandering).</summary>
    [JsonStringEnumMemberName("door_night_exit")] DoorNightExit,

    /// <summary><c>bed_not_returned</c>: the resident did not return to bed at night.</summary>
    [JsonStringEnumMemberName("bed_not_returned")] BedNotReturned,

    /// <summary><c>inactivity</c>: no motion for the configured period in daytime.</summary>
    [JsonStringEnumMemberName("inactivity")] Inactivity,

    /// <summary><c>seizure</c>: an epilepsy or seizure sensor tripped.</summary>
    [JsonStringEnumMemberName("seizure")] Seizure,

    /// <summary><c>medication_missed</c>: a medication dose was not taken.</summary>
    [JsonStringEnumMemberName("medication_missed")] MedicationMissed,

    /// <summary><c>vital_sign</c>: a vital sign is out of range.</summary>
    [JsonStringEnumMemberName("vital_sign")] VitalSign,

    /// <summary><c>cancel</c>: the resident pressed "I'm fine"; cancels their latest alarm that nobody has accepted yet.</summary>
    [JsonStringEnumMemberName("cancel")] Cancel,
}
