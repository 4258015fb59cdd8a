using ResponseCentre.Protocol.Telemetry;

namespace ResponseCentre.Protocol.Zigbee2Mqtt;

/// <summary>What the centre takes from one zigbee2mqtt state message: sensor readings and alarms.</summary>
/// <param name="Readings">Readings in the centre's metrics (e.g. <c>occupancy</c> becomes <see cref="TelemetryMetric.Motion"/>).</param>
/// <param name="Alarms">Alarms the state reports as active (e.g. <c>water_leak: true</c>).</param>
public sealed record Zigbee2MqttState(IReadOnlyList<TelemetryReading> Readings, IReadOnlyList<AlarmKind> Alarms)
{
    /// <summary>True when the message carried nothing the centre uses (zigbee2mqtt sends many other fields).</summary>
    public bool IsEmpty => Readings.Count == 0 && Alarms.Count == 0;
}
