using Microsoft.Extensions.DependencyInjection;
using MQTTnet;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;

namespace ResponseCentre.Bench.Load;

/// <summary>A broker the load phases run against, and how an alarm's arrival at its consumer is seen.</summary>
internal interface ILoadTarget
{
    int Port { get; }

    int ServerProcessId { get; }

    /// <summary>Messages the consumer received so far, where the target relays (Mosquitto); null otherwise.</summary>
    long? Relayed { get; }

    /// <summary>When the alarm <paramref name="deviceId"/> stamped <paramref name="stamp"/> reached the consumer (a Stopwatch timestamp).</summary>
    Task<long> WaitForAlarmAsync(string deviceId, DateTimeOffset stamp);

    /// <summary>Whether alarm arrivals are being watched (only while latency is measured).</summary>
    void WatchAlarms(bool on);

    /// <summary>Returns once the consumer has caught up with everything acknowledged so far.</summary>
    Task SettleAsync();
}

/// <summary>
/// Our system: the embedded broker, and the alarm's incident pushed to a dashboard over SignalR.
/// Each measured incident is then cancelled, as an operator closes what was handled, so the open
/// incidents (which the feed keeps and writes as a whole) do not pile up past what a centre has.
/// </summary>
internal sealed class ResponseCentreTarget(ResponseCentreApp app, DashboardListener? dashboard = null) : ILoadTarget
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly Actor Operator = new(ActorKind.Operator, "bench-operator");

    public int Port => app.MqttPort;

    public int ServerProcessId => Environment.ProcessId;

    public long? Relayed => null;

    public async Task<long> WaitForAlarmAsync(string deviceId, DateTimeOffset stamp)
    {
        // The device timestamp tells this alarm's incident from later pushes about the device's earlier ones.
        var (incident, received) = await (dashboard ?? throw new InvalidOperationException("no dashboard connected"))
            .WaitForReceiptAsync(i => i.Device.Value == deviceId && i.DeviceTimestamp == stamp, Patience);
        await app.Services.GetRequiredService<IGrainFactory>().GetIncident(incident.Id).CancelAsync(Operator);
        return received;
    }

    public void WatchAlarms(bool on)
    {
        // The dashboard sees every incident anyway; WaitForReceiptAsync skips the ones it is not waiting for.
    }

    // Our PUBACK follows the store: nothing acknowledged is still on its way.
    public Task SettleAsync() => Task.CompletedTask;
}

/// <summary>Mosquitto relaying to one QoS 1 subscriber, which receives the alarm.</summary>
internal sealed class MosquittoTarget(LoadMosquitto broker, RelaySubscriber subscriber) : ILoadTarget
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public int Port => broker.Port;

    public int ServerProcessId => broker.ProcessId;

    public long? Relayed => subscriber.Received;

    public Task<long> WaitForAlarmAsync(string deviceId, DateTimeOffset stamp) =>
        subscriber.WaitForAlarmAsync(Topics.DeviceEvents(deviceId), Patience);

    public void WatchAlarms(bool on) => subscriber.WatchAlarms = on;

    /// <summary>Sends a marker behind the subscriber's backlog (Mosquitto delivers in order) and waits for it.</summary>
    public async Task SettleAsync()
    {
        const string marker = "bench-marker";
        using var client = new MqttClientFactory().CreateMqttClient();
        await client.ConnectAsync(DeviceMessages.ClientOptions(broker.Port, marker));
        WatchAlarms(true);
        await client.PublishAsync(DeviceMessages.Alarm(marker, "marker", AlarmKind.PushButton, DateTimeOffset.UtcNow));
        await subscriber.WaitForAlarmAsync(Topics.DeviceEvents(marker), TimeSpan.FromMinutes(3));
        WatchAlarms(false);
        await client.DisconnectAsync();
    }
}
