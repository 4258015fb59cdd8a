using Microsoft.Extensions.DependencyInjection;
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

/// <summary>
/// Mosquitto relaying everything to one QoS 1 consumer, and alarms also to a second subscriber of
/// alarms only, which times them: as our dashboard receives incidents and no telemetry, the alarm
/// does not wait behind readings queued for the consumer.
/// </summary>
internal sealed class MosquittoTarget(LoadMosquitto broker, RelaySubscriber consumer, RelaySubscriber alarms) : ILoadTarget
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public int Port => broker.Port;

    public int ServerProcessId => broker.ProcessId;

    public long? Relayed => consumer.Received;

    public Task<long> WaitForAlarmAsync(string deviceId, DateTimeOffset stamp) =>
        alarms.WaitForAlarmAsync(Topics.DeviceEvents(deviceId), Patience);

    public void WatchAlarms(bool on) => alarms.WatchAlarms = on;

    /// <summary>
    /// Waits until the consumer receives nothing more for a second: with Mosquitto's queue of 1,000
    /// per subscriber, what it still holds then is gone or drained within that second.
    /// </summary>
    public async Task SettleAsync()
    {
        var patience = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        for (var seen = consumer.Received; DateTime.UtcNow < patience; seen = consumer.Received)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            if (consumer.Received == seen)
            {
                return;
            }
        }
    }
}
