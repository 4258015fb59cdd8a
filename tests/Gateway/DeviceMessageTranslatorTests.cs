using ResponseCentre.Gateway.Ingest;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Protocol;

namespace ResponseCentre.Gateway.Tests;

public sealed class DeviceMessageTranslatorTests
{
    [Fact]
    public void Every_wire_alarm_kind_maps_to_its_own_incident_kind()
    {
        var mapped = Enum.GetValues<AlarmKind>().Where(k => k != AlarmKind.Cancel).Select(DeviceMessageTranslator.ToIncidentKind).ToList();

        Assert.Equal(mapped.Count, mapped.Distinct().Count());
    }

    [Theory]
    [InlineData(AlarmKind.PushButton, IncidentKind.AssistanceCall)]
    [InlineData(AlarmKind.Smoke, IncidentKind.Fire)]
    [InlineData(AlarmKind.DoorNightExit, IncidentKind.NightExit)]
    [InlineData(AlarmKind.VitalSign, IncidentKind.VitalSignOutOfRange)]
    public void Wire_kinds_become_the_domain_s_words(AlarmKind wire, IncidentKind expected)
    {
        Assert.Equal(expected, DeviceMessageTranslator.ToIncidentKind(wire));
    }

    [Fact]
    public void Cancel_is_not_an_incident_kind()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DeviceMessageTranslator.ToIncidentKind(AlarmKind.Cancel));
    }

    [Fact]
    public void Raise_alarm_carries_the_device_s_message_and_the_centre_s_receipt_time()
    {
        var deviceTime = new DateTimeOffset(2026, 11, 22, 21, 0, 0, TimeSpan.FromHours(1));
        var receivedAt = new DateTimeOffset(2026, 11, 22, 20, 0, 1, TimeSpan.Zero);

        var command = DeviceMessageTranslator.ToRaiseAlarm(new AlarmEventMessage("pendant-0001", "42", AlarmKind.Fall, deviceTime), receivedAt);

        Assert.Equal(new RaiseAlarm(new DeviceId("pendant-0001"), "42", IncidentKind.Fall, deviceTime, receivedAt), command);
    }

    [Fact]
    public void Received_ack_names_the_message_and_the_incident()
    {
        var message = new AlarmEventMessage("pendant-0001", "42", AlarmKind.Fall, DateTimeOffset.UnixEpoch);

        var ack = DeviceMessageTranslator.ToReceivedAck(message, new AlarmRaised(new IncidentId("inc-1"), WasRedelivery: false));

        Assert.Equal(new AckMessage(AckStatus.Received, "42", "inc-1"), ack);
    }

    [Fact]
    public void Rejected_ack_gives_the_reason_and_its_detail()
    {
        var ack = DeviceMessageTranslator.ToRejectedAck("42", new ProtocolRejection(RejectionReason.UnknownKind, "field 'kind' is not a known alarm kind"));

        Assert.Equal(AckStatus.Rejected, ack.Status);
        Assert.Equal("UnknownKind: field 'kind' is not a known alarm kind", ack.Reason);
    }
}
