namespace ResponseCentre.Grains.Abstractions.Sensors;

/// <summary>A quantity a home sensor reports (the grains' side of the device protocol's telemetry metrics).</summary>
[GenerateSerializer, Alias("rc.SensorMetric")]
public enum SensorMetric
{
    /// <summary>Room temperature, °C.</summary>
    Temperature = 1,

    /// <summary>Motion seen: 1, none: 0.</summary>
    Motion,

    /// <summary>Door open: 1, closed: 0.</summary>
    DoorOpen,

    /// <summary>Someone in bed: 1, not: 0.</summary>
    BedOccupied,

    /// <summary>Stove on: 1, off: 0.</summary>
    StoveOn,

    /// <summary>Stove surface temperature, °C.</summary>
    StoveTemperature,

    /// <summary>Current the stove draws, A.</summary>
    StoveCurrent,

    /// <summary>Blood oxygen saturation, %.</summary>
    SpO2,

    /// <summary>Heart rate, beats per minute.</summary>
    Pulse,

    /// <summary>Systolic blood pressure, mmHg.</summary>
    BloodPressureSystolic,

    /// <summary>Diastolic blood pressure, mmHg.</summary>
    BloodPressureDiastolic,

    /// <summary>Body weight, kg.</summary>
    Weight,

    /// <summary>The device's battery level, %.</summary>
    Battery,

    /// <summary>Radio signal strength, dBm.</summary>
    Signal,
}
