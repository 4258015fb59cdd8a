using System.Globalization;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests;

/// <summary>Escalation as the people see it: each on their own SignalR connection, alarms from the simulator and a device.</summary>
[Collection(RunningApp.Name)]
public sealed class EscalationTests(ResponseCentreApp app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Unaccepted_alarm_from_the_simulator_reaches_each_step_s_people_in_turn()
    {
        var (annaId, bjornId, leadId) = await EscalationSetup.RegisterAsync(app.BaseAddress, "e2e-walk", stepWait: TimeSpan.FromSeconds(1));
        await using var operators = await DashboardListener.ConnectAsync(app.BaseAddress);
        await using var anna = await DashboardListener.ConnectAsync(app.BaseAddress, annaId.Value);
        await using var bjorn = await DashboardListener.ConnectAsync(app.BaseAddress, bjornId.Value);
        await using var lead = await DashboardListener.ConnectAsync(app.BaseAddress, leadId.Value);

        var (exitCode, output) = await ExternalProcess.RunAsync(Patience, "dotnet", Path.Combine(AppContext.BaseDirectory, "responsecentre-sim.dll"),
            "alarm", "--device", "e2e-walk-device", "--kind", "fall", "--port", app.MqttPort.ToString(CultureInfo.InvariantCulture));
        Assert.True(exitCode == 0, output);

        var annasFirst = await anna.WaitForNoticeAsync(_ => true, Patience);
        Assert.Equal((0, NotifyTarget.OnDutyResponder), (annasFirst.Step, annasFirst.Target));
        var bjornsFirst = await bjorn.WaitForNoticeAsync(_ => true, Patience);
        Assert.Equal((1, NotifyTarget.WholeTeam), (bjornsFirst.Step, bjornsFirst.Target));
        var leadsFirst = await lead.WaitForNoticeAsync(_ => true, Patience);
        var leadsSecond = await lead.WaitForNoticeAsync(_ => true, Patience);
        Assert.Equal([1, 2], [leadsFirst.Step, leadsSecond.Step]);
        var toOperators = await operators.WaitForNoticeAsync(n => n.Incident.Id == annasFirst.Incident.Id && n.Target == NotifyTarget.Operators && n.Deadline is not null, Patience);
        Assert.Equal(3, toOperators.Step);
        var exhausted = await operators.WaitForNoticeAsync(n => n.Incident.Id == annasFirst.Incident.Id && n.Deadline is null, Patience);
        Assert.Contains("every escalation step", exhausted.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepted_alarm_stops_escalating_and_the_device_hears_help_is_coming()
    {
        var (annaId, _, _) = await EscalationSetup.RegisterAsync(app.BaseAddress, "e2e-accept", stepWait: TimeSpan.FromMinutes(5));
        await using var operators = await DashboardListener.ConnectAsync(app.BaseAddress);
        await using var anna = await DashboardListener.ConnectAsync(app.BaseAddress, annaId.Value);
        await using var device = await TestDevice.ConnectAsync(app.MqttPort, "e2e-accept-device");

        await device.PublishAlarmAsync(AlarmKind.PushButton);
        var notice = await anna.WaitForNoticeAsync(_ => true, Patience);
        var accepted = await anna.ActAsync("Accept", notice.Incident.Id.Value);

        Assert.Equal(IncidentStatus.Accepted, accepted.Status);
        Assert.Null(accepted.Deadline);
        var helpComing = await ReadAckAsync(device, AckStatus.HelpComing);
        Assert.Equal(notice.Incident.Id.Value, helpComing.IncidentId);
        await operators.WaitForAsync(i => i.Id == notice.Incident.Id && i.Status == IncidentStatus.Accepted, Patience);

        await anna.ActAsync("MarkEnRoute", notice.Incident.Id.Value);
        await anna.ActAsync("MarkOnSite", notice.Incident.Id.Value);
        var resolved = await anna.ActAsync("Resolve", notice.Incident.Id.Value, IncidentOutcome.HelpGiven);

        Assert.Equal(IncidentStatus.Resolved, resolved.Status);
        Assert.Equal(0, resolved.EscalationStep);
        await operators.WaitForAsync(i => i.Id == notice.Incident.Id && i.Status == IncidentStatus.Resolved, Patience);
    }

    [Fact]
    public async Task Field_staff_hears_only_of_incidents_dispatched_to_them_and_cannot_act_on_others()
    {
        var (annaId, bjornId, _) = await EscalationSetup.RegisterAsync(app.BaseAddress, "e2e-scope", stepWait: TimeSpan.FromMinutes(5));
        await using var anna = await DashboardListener.ConnectAsync(app.BaseAddress, annaId.Value);
        await using var bjorn = await DashboardListener.ConnectAsync(app.BaseAddress, bjornId.Value);
        await using var device = await TestDevice.ConnectAsync(app.MqttPort, "e2e-scope-device");

        await device.PublishAlarmAsync(AlarmKind.PushButton);
        var notice = await anna.WaitForNoticeAsync(_ => true, Patience);

        var refused = await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => bjorn.ActAsync("Accept", notice.Incident.Id.Value));
        Assert.Contains($"Incident {notice.Incident.Id} is not one of yours", refused.Message, StringComparison.Ordinal);
        await anna.ActAsync("Decline", notice.Incident.Id.Value);
        var bjornsNotice = await bjorn.WaitForNoticeAsync(_ => true, Patience);
        Assert.Equal(notice.Incident.Id, bjornsNotice.Incident.Id);
        Assert.Equal(1, bjornsNotice.Step);
    }

    [Fact]
    public async Task Resident_s_cancel_from_the_device_closes_the_unaccepted_alarm()
    {
        await EscalationSetup.RegisterAsync(app.BaseAddress, "e2e-cancel", stepWait: TimeSpan.FromMinutes(5));
        await using var operators = await DashboardListener.ConnectAsync(app.BaseAddress);
        await using var device = await TestDevice.ConnectAsync(app.MqttPort, "e2e-cancel-device");

        await device.PublishAlarmAsync(AlarmKind.PushButton);
        var received = await ReadAckAsync(device, AckStatus.Received);
        await device.PublishAlarmAsync(AlarmKind.Cancel);
        var cancelled = await ReadAckAsync(device, AckStatus.Cancelled);

        Assert.Equal(received.IncidentId, cancelled.IncidentId);
        await operators.WaitForAsync(i => i.Id.Value == received.IncidentId && i.Status == IncidentStatus.Cancelled, Patience);
    }

    private static Task<AckMessage> ReadAckAsync(TestDevice device, AckStatus status) =>
        device.Acks.FirstMatchAsync(ack => ack.Status == status, Patience);
}
