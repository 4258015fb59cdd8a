using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Protocol;

namespace ResponseCentre.Gateway.Ingest;

/// <summary>Where the device contract meets the grain contract: the only place one becomes the other.</summary>
internal static class AlarmTranslator
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
