using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.Protocol;
using ResponseCentre.Protocol.Status;
using ResponseCentre.Protocol.Telemetry;

namespace ResponseCentre.Gateway.Ingest;

/// <summary>Where the device contract meets the grain contract: the only place one becomes the other.</summary>
internal static class DeviceMessageTranslator
{
    public static RaiseAlarm ToRaiseAlarm(AlarmEventMessage message, DateTimeOffset receivedAt) =>
        new(new DeviceId(message.DeviceId), message.MessageId, ToIncidentKind(message.Kind), message.Timestamp, receivedAt);

    public static IncidentKind ToIncidentKind(AlarmKind kind) => kind switch
    {
        AlarmKind.PushButton => IncidentKind.AssistanceCall,
        AlarmKind.Fall => IncidentKind.Fall,
        AlarmKind.Smoke => IncidentKind.Fire,
        AlarmKind.StoveGuard => IncidentKind.StoveGuard,
        AlarmKind.WaterLeak => IncidentKind.WaterLeak,
        AlarmKind.DoorNightExit => IncidentKind.NightExit,
        AlarmKind.BedNotReturned => IncidentKind.BedNotReturned,
        AlarmKind.Inactivity => IncidentKind.Inactivity,
        AlarmKind.Seizure => IncidentKind.Seizure,
        AlarmKind.MedicationMissed => IncidentKind.MedicationMissed,
        AlarmKind.VitalSign => IncidentKind.VitalSignOutOfRange,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an alarm that opens an incident (a cancel is translated by ToCancelAlarm)."),
    };

    public static RecordTelemetry ToRecordTelemetry(TelemetryBatch batch, DateTimeOffset receivedAt) =>
        new(new DeviceId(batch.DeviceId), batch.MessageId, batch.Timestamp, receivedAt,
            [.. batch.Readings.Select(reading => new SensorReading(ToSensorMetric(reading.Metric), reading.Value))]);

    public static SensorMetric ToSensorMetric(TelemetryMetric metric) => metric switch
    {
        TelemetryMetric.Temperature => SensorMetric.Temperature,
        TelemetryMetric.Motion => SensorMetric.Motion,
        TelemetryMetric.DoorOpen => SensorMetric.DoorOpen,
        TelemetryMetric.BedOccupied => SensorMetric.BedOccupied,
        TelemetryMetric.StoveOn => SensorMetric.StoveOn,
        TelemetryMetric.StoveTemperature => SensorMetric.StoveTemperature,
        TelemetryMetric.StoveCurrent => SensorMetric.StoveCurrent,
        TelemetryMetric.SpO2 => SensorMetric.SpO2,
        TelemetryMetric.Pulse => SensorMetric.Pulse,
        TelemetryMetric.BloodPressureSystolic => SensorMetric.BloodPressureSystolic,
        TelemetryMetric.BloodPressureDiastolic => SensorMetric.BloodPressureDiastolic,
        TelemetryMetric.Weight => SensorMetric.Weight,
        TelemetryMetric.Battery => SensorMetric.Battery,
        TelemetryMetric.Signal => SensorMetric.Signal,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Not a metric of the catalogue."),
    };

    public static DeviceStatusReport ToStatusReport(DeviceStatusMessage message, DateTimeOffset receivedAt) =>
        new(new DeviceId(message.DeviceId),
            message.State == DeviceLinkState.Alive ? DeviceLink.Alive : DeviceLink.Offline,
            receivedAt, message.MessageId, message.Timestamp, message.Battery,
            message.Mains is { } mains ? mains == MainsPower.On : null,
            message.Tamper);

    public static CancelAlarm ToCancelAlarm(AlarmEventMessage message) =>
        new(new DeviceId(message.DeviceId), message.MessageId, message.Timestamp);

    public static AckMessage ToCancelledAck(AlarmEventMessage message, AlarmCancelled cancelled) =>
        new(AckStatus.Cancelled, message.MessageId, cancelled.Incident?.Value, cancelled.Reason);

    public static AckMessage ToHelpComingAck(IncidentView incident) =>
        new(AckStatus.HelpComing, IncidentId: incident.Id.Value);

    public static AckMessage ToReceivedAck(AlarmEventMessage message, AlarmRaised raised) =>
        new(AckStatus.Received, message.MessageId, raised.Incident.Value);

    public static AckMessage ToRejectedAck(string? messageId, ProtocolRejection rejection) =>
        new(AckStatus.Rejected, messageId, Reason: $"{rejection.Reason}: {rejection.Detail}");
}
