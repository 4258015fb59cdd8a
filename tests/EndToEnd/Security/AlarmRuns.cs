using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MQTTnet;
using MQTTnet.Formatter;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests.Security;

/// <summary>Sending many alarms from one device and checking that every one was stored.</summary>
internal static class AlarmRuns
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>
    /// A connected device whose grains are active: on a cold system the first alarm takes long
    /// enough to refill the bucket, and the alarms behind it would not test the limit at all.
    /// </summary>
    public static async Task<TestDevice> WarmedUpDeviceAsync(ResponseCentreApp app, string deviceId, MqttProtocolVersion version)
    {
        var device = await TestDevice.ConnectAsync(app.MqttPort, deviceId, version);
        await device.PublishAlarmAsync(AlarmKind.Cancel, "warm-up").WaitAsync(Patience);
        using var cancel = new CancellationTokenSource(Patience);
        await foreach (var ack in device.Acks.ReadAllAsync(cancel.Token))
        {
            if (ack.MessageId == "warm-up")
            {
                break;
            }
        }

        return device;
    }

    public static void AssertAllSucceeded(IEnumerable<MqttClientPublishResult> pubacks)
    {
        var refused = pubacks.Where(p => p.ReasonCode != MqttClientPublishReasonCode.Success).ToList();
        Assert.True(refused.Count == 0, $"{refused.Count} refused, e.g. {refused.FirstOrDefault()?.ReasonCode} '{refused.FirstOrDefault()?.ReasonString}'");
    }

    /// <summary>Reads acks until each message id has one; every one must say received.</summary>
    public static async Task<List<AckMessage>> ReadReceivedAcksAsync(TestDevice device, IReadOnlyCollection<string> messageIds)
    {
        var missing = new HashSet<string>(messageIds, StringComparer.Ordinal);
        var acks = new List<AckMessage>();
        using var cancel = new CancellationTokenSource(Patience);
        await foreach (var ack in device.Acks.ReadAllAsync(cancel.Token))
        {
            Assert.True(ack.Status == AckStatus.Received, $"{device.DeviceId}: {ack}");
            acks.Add(ack);
            missing.Remove(ack.MessageId ?? "");
            if (missing.Count == 0)
            {
                break;
            }
        }

        return acks;
    }

    public static async Task<IncidentView> IncidentAsync(ResponseCentreApp app, string? incidentId)
    {
        Assert.False(string.IsNullOrEmpty(incidentId));
        var view = await app.Services.GetRequiredService<IGrainFactory>().GetIncident(new IncidentId(incidentId)).GetViewAsync();
        return Assert.IsType<IncidentView>(view);
    }

    public static List<string> Ids(string prefix, int count) =>
        [.. Enumerable.Range(1, count).Select(n => prefix + "-" + Id(n))];

    private static string Id(int n) => n.ToString(CultureInfo.InvariantCulture);
}
