using System.Globalization;
using System.Net;
using System.Text;
using MQTTnet;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests.Security;

/// <summary>One device sending garbage and flooding (at the default limits) does not disturb another device's alarms.</summary>
[Collection(RunningApp.Name)]
public sealed class NoisyNeighbourTests(ResponseCentreApp app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Valid_alarms_of_one_device_all_succeed_while_another_device_sends_garbage_and_floods()
    {
        const string noisyId = "sim-0739";
        const string quietId = "sim-0740";
        await using var noisy = await TestDevice.ConnectAsync(app.MqttPort, noisyId);
        await using var quiet = await TestDevice.ConnectAsync(app.MqttPort, quietId);

        var flood = Task.WhenAll(Garbage(noisyId, quietId).Select(async message =>
            (await noisy.PublishAsync(message.Topic, message.Payload).WaitAsync(Patience)).ReasonCode));
        var messageIds = Enumerable.Range(1, 10).Select(n => string.Create(CultureInfo.InvariantCulture, $"quiet-{n}")).ToList();
        var pubacks = new List<(string MessageId, MqttClientPublishReasonCode Code, string? Reason)>();
        foreach (var messageId in messageIds)
        {
            var puback = await quiet.PublishAlarmAsync(AlarmKind.PushButton, messageId);
            pubacks.Add((messageId, puback.ReasonCode, puback.ReasonString));
        }

        var floodCodes = await flood;

        Assert.All(pubacks, p => Assert.True(p.Code == MqttClientPublishReasonCode.Success, $"{p.MessageId}: {p.Code} '{p.Reason}'"));
        var acks = await ReadAcksAsync(quiet, messageIds);
        Assert.All(acks, ack => Assert.Equal(AckStatus.Received, ack.Status));
        Assert.All(acks, ack => Assert.False(string.IsNullOrEmpty(ack.IncidentId), $"Ack of {ack.MessageId} names no incident."));
        using var admin = await SignIn.AsAdministratorAsync(app.BaseAddress);
        foreach (var incidentId in acks.Select(ack => ack.IncidentId!).Distinct())
        {
            using var response = await admin.GetAsync(new Uri($"/api/incidents/{Uri.EscapeDataString(incidentId)}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // The flood was answered, every message of it, and the limiter held the flooding device back.
        Assert.Contains(MqttClientPublishReasonCode.QuotaExceeded, floodCodes);
        Assert.True(noisy.IsConnected && quiet.IsConnected);
    }

    /// <summary>Reads the device's acks until each message id has one; fails on an ack for a message it never sent.</summary>
    private static async Task<List<AckMessage>> ReadAcksAsync(TestDevice device, IReadOnlyCollection<string> messageIds)
    {
        var acks = new List<AckMessage>();
        using var cancel = new CancellationTokenSource(Patience);
        await foreach (var ack in device.Acks.ReadAllAsync(cancel.Token))
        {
            Assert.True(ack.MessageId is not null && messageIds.Contains(ack.MessageId),
                $"{device.DeviceId} got an ack for a message it never sent: {ack}");
            acks.Add(ack);
            if (messageIds.All(id => acks.Any(a => a.MessageId == id)))
            {
                break;
            }
        }

        return acks;
    }

    private static IEnumerable<(string Topic, byte[] Payload)> Garbage(string noisyId, string quietId)
    {
        var events = Topics.DeviceEvents(noisyId);
        var telemetry = Topics.DeviceTelemetry(noisyId);
        for (var n = 0; n < 60; n++)
        {
            var id = n.ToString(CultureInfo.InvariantCulture);
            yield return (telemetry, DevicePayloads.Telemetry(noisyId, "flood-" + id));
            yield return (telemetry, DevicePayloads.Telemetry(noisyId, "more-" + id));
            // Publishes on the events topic are paced at the alarm rate (5/s after a burst of 20), not
            // refused: a few rounds of them keep the flood's acks within the test's patience.
            if (n < 8)
            {
                yield return (events, DevicePayloads.Alarm(noisyId, "flood-" + id));
                yield return (events, Encoding.UTF8.GetBytes("{\"deviceId\":\"" + noisyId + "\",\"messageId\":"));
                yield return (events, DevicePayloads.PaddedTo(DevicePayloads.Alarm(noisyId, "big-" + id), 6000));
                yield return (events, DevicePayloads.Alarm(noisyId, "dragon-" + id, "dragon"));
                yield return (events, [0xFF, 0xFE, 0x00, (byte)n]);
            }

            yield return (Topics.DeviceEvents(quietId), DevicePayloads.Alarm(quietId, "forged-" + id, "fall"));
            yield return (Topics.DeviceTelemetry(quietId), DevicePayloads.Telemetry(quietId, "forged-" + id));
        }
    }
}
