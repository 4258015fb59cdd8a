using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using CsCheck;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Exceptions;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;
using Xunit.Abstractions;

namespace ResponseCentre.EndToEnd.Tests.Security;

/// <summary>
/// Throws random and mutated payloads and topics at the embedded gateway for a bounded time over
/// real MQTT clients signed in as a few sim devices, interleaved with valid alarms from a separate
/// device. The limits are raised so the limiter does not hide how payloads are handled.
/// A failure names CsCheck's seed; run again with <c>CsCheck_Seed=...</c> in the environment to replay it.
/// </summary>
[Collection(MeasuredAlone.Name)]
public sealed class GatewayFuzzTests(UnlimitedApp fixture, ITestOutputHelper output) : IClassFixture<UnlimitedApp>
{
    /// <summary>How long CsCheck samples; CsCheck_Time in the environment overrides it.</summary>
    private const int Seconds = 20;

    /// <summary>How much the managed heap (the app runs in this process) may grow over the run.</summary>
    private const long MemoryBound = 150L * 1024 * 1024;

    private const string ValidDevice = "sim-0760";
    private static readonly string[] FuzzDevices = ["sim-0750", "sim-0751", "sim-0752", "sim-0753"];
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Random_and_mutated_publishes_never_crash_the_gateway_nor_lose_a_valid_alarm_and_memory_stays_bounded()
    {
        var app = fixture.App;
        using var admin = await SignIn.AsAdministratorAsync(app.BaseAddress);
        var healthBefore = await HealthAsync(app);
        await using var valid = await TestDevice.ConnectAsync(app.MqttPort, ValidDevice);
        var fleet = new FuzzFleet(app.MqttPort, FuzzDevices);
        var tally = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var validIds = new ConcurrentQueue<string>();
        var sent = 0;
        long memoryBefore;
        try
        {
            // Warm up (grains activated, connections open) before the baseline.
            for (var i = 0; i < FuzzDevices.Length; i++)
            {
                await fleet.DeviceAsync(i);
            }

            await PublishValidAsync(valid, "warm-up", validIds);
            memoryBefore = GC.GetTotalMemory(forceFullCollection: true);

            await GatewayFuzzInput.Publish(FuzzDevices).SampleAsync(async publish =>
            {
                if (publish.IsValidAlarm)
                {
                    var id = "valid-" + Interlocked.Increment(ref sent).ToString(CultureInfo.InvariantCulture);
                    await PublishValidAsync(valid, id, validIds);
                    return;
                }

                var outcome = await fleet.PublishAsync(publish);
                tally.AddOrUpdate(outcome, 1, (_, n) => n + 1);
            }, writeLine: output.WriteLine, time: Seconds, threads: 4, print: publish => publish.ToString());

            output.WriteLine("Outcomes: " + string.Join(", ", tally.OrderByDescending(t => t.Value).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key} {t.Value}"))));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Valid alarms: {validIds.Count}; errors logged by the app: {app.Logs.Lines.Count(l => l.Level >= LogLevel.Error)}"));

            // The app is still up: health answers as before, and every fuzz device gets back in and is heard.
            Assert.Equal(healthBefore, await HealthAsync(app));
            for (var i = 0; i < FuzzDevices.Length; i++)
            {
                var device = await fleet.DeviceAsync(i);
                var after = await device.PublishAlarmAsync(AlarmKind.PushButton, "after-fuzz").WaitAsync(Patience);
                Assert.True(after.ReasonCode == MqttClientPublishReasonCode.Success, $"{device.DeviceId} after the run: {after.ReasonCode} '{after.ReasonString}'");
            }
        }
        finally
        {
            await fleet.DisposeAsync();
        }

        Assert.True(tally.Values.Sum() > 100, $"The fuzzer should have made more than 100 publishes in {Seconds} s; it made {tally.Values.Sum()}.");
        Assert.True(validIds.Count > 1, "Valid alarms should have been interleaved with the fuzz.");
        Assert.False(tally.ContainsKey(FuzzFleet.RateLimited), "The raised limits should keep the rate limiter out of the way of the fuzz.");

        // Every valid alarm opened (or joined) an incident that the incident API knows.
        var acks = await ReadAcksAsync(valid, [.. validIds]);
        foreach (var incidentId in acks.Values.Distinct())
        {
            using var response = await admin.GetAsync(new Uri($"/api/incidents/{Uri.EscapeDataString(incidentId)}", UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /api/incidents/{incidentId} answered {(int)response.StatusCode}.");
        }

        var memoryAfter = GC.GetTotalMemory(forceFullCollection: true);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Managed heap: {memoryBefore / 1048576.0:F1} MB before, {memoryAfter / 1048576.0:F1} MB after."));
        Assert.True(memoryAfter < memoryBefore + MemoryBound,
            string.Create(CultureInfo.InvariantCulture, $"The managed heap grew from {memoryBefore / 1048576.0:F1} MB to {memoryAfter / 1048576.0:F1} MB, more than {MemoryBound / 1048576} MB."));
    }

    private static async Task PublishValidAsync(TestDevice device, string messageId, ConcurrentQueue<string> validIds)
    {
        var puback = await device.PublishAlarmAsync(AlarmKind.PushButton, messageId).WaitAsync(Patience);
        if (puback.ReasonCode != MqttClientPublishReasonCode.Success)
        {
            throw new InvalidOperationException($"Valid alarm {messageId} from {device.DeviceId} was refused: {puback.ReasonCode} '{puback.ReasonString}'.");
        }

        validIds.Enqueue(messageId);
    }

    /// <summary>Reads acks until every message id has a received ack naming an incident; returns message id to incident id.</summary>
    private static async Task<Dictionary<string, string>> ReadAcksAsync(TestDevice device, IReadOnlyCollection<string> messageIds)
    {
        var incidents = new Dictionary<string, string>(StringComparer.Ordinal);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await foreach (var ack in device.Acks.ReadAllAsync(cancel.Token))
            {
                if (ack.MessageId is { } id && messageIds.Contains(id))
                {
                    Assert.True(ack.Status == AckStatus.Received && !string.IsNullOrEmpty(ack.IncidentId), $"Valid alarm {id} got {ack}.");
                    incidents[id] = ack.IncidentId!;
                    if (incidents.Count == messageIds.Count)
                    {
                        break;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            var missing = messageIds.Where(id => !incidents.ContainsKey(id)).ToList();
            Assert.Fail($"{missing.Count} of {messageIds.Count} valid alarms got no received ack: {string.Join(", ", missing.Take(20))}");
        }

        return incidents;
    }

    private static async Task<HttpStatusCode> HealthAsync(ResponseCentreApp app)
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = Patience };
        using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
        return response.StatusCode;
    }

    /// <summary>
    /// The fuzz devices' connections. A publish must get a PUBACK; the broker may instead close the
    /// connection, and then the device must be let back in.
    /// </summary>
    private sealed class FuzzFleet(int port, IReadOnlyList<string> deviceIds) : IAsyncDisposable
    {
        public const string RateLimited = "QuotaExceeded (rate limit)";

        private readonly TestDevice?[] _devices = new TestDevice?[deviceIds.Count];
        private readonly SemaphoreSlim[] _gates = [.. deviceIds.Select(_ => new SemaphoreSlim(1, 1))];

        /// <summary>Publishes and says what came of it: the PUBACK's reason code, or how the connection ended.</summary>
        public async Task<string> PublishAsync(FuzzPublish publish)
        {
            var device = await DeviceAsync(publish.Device);
            Task<MqttClientPublishResult> pending;
            try
            {
                pending = device.PublishAsync(publish.Topic, publish.Payload);
            }
            catch (MqttProtocolViolationException)
            {
                return "not sent: the client refused the topic";
            }
            catch (Exception ex) when (ClosedByBroker(ex))
            {
                await DeviceAsync(publish.Device);
                return "connection closed before sending: " + ex.GetType().Name;
            }

            try
            {
                var puback = await pending.WaitAsync(Patience);
                return puback.ReasonCode == MqttClientPublishReasonCode.QuotaExceeded && puback.ReasonString?.Contains("rate", StringComparison.OrdinalIgnoreCase) == true
                    ? RateLimited
                    : puback.ReasonCode.ToString();
            }
            catch (TimeoutException)
            {
                throw new InvalidOperationException($"No PUBACK within {Patience} and the connection is still {(device.IsConnected ? "open" : "closed")}.");
            }
            catch (Exception ex) when (ClosedByBroker(ex))
            {
                // Closed by the broker (or a sibling publish's closing): allowed, if it lets the device back in.
                await DeviceAsync(publish.Device);
                return "connection closed: " + ex.GetType().Name;
            }
        }

        /// <summary>
        /// How MQTTnet's client reports a connection the broker closed mid-publish (a packet over the
        /// maximum size does that): a communication error, or, racing with its own clean-up, a disposed
        /// dispatcher or token source, a cancelled or null-referencing publish. Whatever it throws, the
        /// gateway is judged by what it answers and stores; only a publish left hanging is a failure.
        /// </summary>
        private static bool ClosedByBroker(Exception ex) => ex is not (TimeoutException or MqttCommunicationTimedOutException);

        /// <summary>The device's open connection, connecting again when the broker closed it.</summary>
        public async Task<TestDevice> DeviceAsync(int index)
        {
            if (_devices[index] is { IsConnected: true } open)
            {
                return open;
            }

            await _gates[index].WaitAsync();
            try
            {
                if (_devices[index] is { IsConnected: true } reopened)
                {
                    return reopened;
                }

                if (_devices[index] is { } closed)
                {
                    await DisposeQuietlyAsync(closed);
                }

                // A reconnect can race with the broker's take-over of the closed session: try it a few times.
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        _devices[index] = await TestDevice.ConnectAsync(port, deviceIds[index]).WaitAsync(Patience);
                        return _devices[index]!;
                    }
                    catch (MqttCommunicationException) when (attempt < 3)
                    {
                    }
                }
            }
            finally
            {
                _gates[index].Release();
            }
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var device in _devices.OfType<TestDevice>())
            {
                await DisposeQuietlyAsync(device);
            }

            foreach (var gate in _gates)
            {
                gate.Dispose();
            }
        }

        private static async Task DisposeQuietlyAsync(TestDevice device)
        {
            try
            {
                await device.DisposeAsync();
            }
            catch (MqttCommunicationException)
            {
                // Already gone.
            }
        }
    }
}
