using System.ComponentModel.DataAnnotations;

namespace ResponseCentre.Gateway.Limits;

/// <summary>What one device may send, and how old or new its timestamps may be. Configuration section <c>Gateway:Limits</c>.</summary>
public sealed class GatewayLimitsOptions
{
    public const string Section = "Gateway:Limits";

    /// <summary>Sustained telemetry and status messages per second per device.</summary>
    [Range(0.001, 1_000_000)]
    public double MessagesPerSecond { get; set; } = 50;

    /// <summary>How many telemetry and status messages a device may send at once after a quiet spell.</summary>
    [Range(1, 10_000_000)]
    public int Burst { get; set; } = 100;

    /// <summary>
    /// Sustained alarms per second per device: a bucket of their own, so a chatty sensor can never
    /// use up the allowance of the same device's alarm button. Alarms beyond it are not refused but
    /// paced: their PUBACK waits for the bucket, which slows that device only.
    /// </summary>
    [Range(0.001, 1_000_000)]
    public double AlarmsPerSecond { get; set; } = 5;

    /// <summary>How many alarms a device may send at once before pacing starts.</summary>
    [Range(1, 10_000_000)]
    public int AlarmBurst { get; set; } = 20;

    /// <summary>How far ahead of the centre's clock a device's clock may run.</summary>
    public TimeSpan MaxClockAhead { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The oldest alarm accepted (a device that was offline delivers what it kept).</summary>
    public TimeSpan MaxAlarmAge { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The oldest reading accepted: sensors and gateways backfill after an outage.</summary>
    public TimeSpan MaxTelemetryAge { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Telemetry messages stored at once; more wait, so alarms never queue behind readings.</summary>
    [Range(1, 100_000)]
    public int TelemetryConcurrency { get; set; } = 64;

    /// <summary>Telemetry messages that may wait for a slot; beyond that they are shed (the device sends them again later).</summary>
    [Range(0, 10_000_000)]
    public int TelemetryQueue { get; set; } = 4096;
}
