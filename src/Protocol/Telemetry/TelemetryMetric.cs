using System.Text.Json.Serialization;

namespace ResponseCentre.Protocol.Telemetry;

/// <summary>A quantity a sensor reports. Wire names are snake_case; units and ranges are in <see cref="TelemetryMetrics"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TelemetryMetric>))]
public enum TelemetryMetric
{
    /// <summary>Room temperature, °C.</summary>
    [JsonStringEnumMemberName("temperature")] Temperature = 1,

    /// <summary>Motion seen (true) or not (false).</summary>
    [JsonStringEnumMemberName("motion")] Motion,

    /// <summary>The door is open (true) or closed (false).</summary>
    [JsonStringEnumMemberName("door_open")] DoorOpen,

    /// <summary>Someone is in bed (true) or not (false).</summary>
    [JsonStringEnumMemberName("bed_occupied")] BedOccupied,

    /// <summary>The stove is on (true) or off (false).</summary>
    [JsonStringEnumMemberName("stove_on")] StoveOn,

    /// <summary>Stove surface temperature, °C.</summary>
    [JsonStringEnumMemberName("stove_temperature")] StoveTemperature,

    /// <summary>Current the stove draws, A.</summary>
    [JsonStringEnumMemberName("stove_current")] StoveCurrent,

    /// <summary>Blood oxygen saturation, %.</summary>
    [JsonStringEnumMemberName("spo2")] SpO2,

    /// <summary>Heart rate, beats per minute.</summary>
    [JsonStringEnumMemberName("pulse")] Pulse,

    /// <summary>Systolic blood pressure, mmHg.</summary>
    [JsonStringEnumMemberName("blood_pressure_systolic")] BloodPressureSystolic,

    /// <summary>Diastolic blood pressure, mmHg.</summary>
    [JsonStringEnumMemberName("blood_pressure_diastolic")] BloodPressureDiastolic,

    /// <summary>Body weight, kg.</summary>
    [JsonStringEnumMemberName("weight")] Weight,

    /// <summary>The device's battery level, %.</summary>
    [JsonStringEnumMemberName("battery")] Battery,

    /// <summary>Radio signal strength, dBm.</summary>
    [JsonStringEnumMemberName("signal")] Signal,
}
