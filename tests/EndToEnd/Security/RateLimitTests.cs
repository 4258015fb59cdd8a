using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using MQTTnet;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests.Security;

/// <summary>
/// Per-device token buckets, with small limits from configuration (telemetry and status 1/s with a
/// burst of 5, alarms 1/s with a burst of 3): telemetry and status beyond them are refused as quota
/// exceeded, alarms beyond them are paced.
/// </summary>
public sealed partial class RateLimitTests(RateLimitedApp fixture) : IClassFixture<RateLimitedApp>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly string Simulator = Path.Combine(AppContext.BaseDirectory, "responsecentre-sim.dll");
    private readonly ResponseCentreApp _app = fixture.App;

    [Fact]
    public async Task Telemetry_beyond_the_burst_is_refused_as_quota_exceeded_naming_the_rate()
    {
        await using var device = await TestDevice.ConnectAsync(_app.MqttPort, "sim-0742");

        var run = await PublishQuicklyAsync(device, n => (Topics.DeviceTelemetry(device.DeviceId), DevicePayloads.Telemetry(device.DeviceId, n)));

        AssertBucket(run, RateLimitedApp.Burst, RateLimitedApp.MessagesPerSecond);
    }

    [Fact]
    public async Task Status_beyond_the_burst_is_refused_as_quota_exceeded_naming_the_rate()
    {
        await using var device = await TestDevice.ConnectAsync(_app.MqttPort, "sim-0743");

        var run = await PublishQuicklyAsync(device, n => (Topics.DeviceStatus(device.DeviceId), DevicePayloads.Heartbeat(device.DeviceId, n)));

        AssertBucket(run, RateLimitedApp.Burst, RateLimitedApp.MessagesPerSecond);
    }

    [Fact]
    public async Task Alarms_beyond_the_alarm_burst_are_paced_not_refused_and_each_is_stored()
    {
        await using var device = await TestDevice.ConnectAsync(_app.MqttPort, "sim-0744");
        var messageIds = Enumerable.Range(1, RateLimitedApp.AlarmBurst + 2).Select(Id).ToList();

        // One after another, each PUBACK awaited: the last two wait for the bucket instead of being refused.
        foreach (var messageId in messageIds)
        {
            var puback = await device.PublishAlarmAsync(AlarmKind.PushButton, messageId).WaitAsync(Patience);
            Assert.True(puback.ReasonCode == MqttClientPublishReasonCode.Success, $"{messageId}: {puback.ReasonCode} '{puback.ReasonString}'");
        }

        var acks = await AlarmRuns.ReadReceivedAcksAsync(device, messageIds);
        Assert.Single(acks.Select(ack => ack.IncidentId).Distinct());
    }

    [Fact]
    public async Task Alarms_have_their_own_bucket_so_a_device_out_of_telemetry_allowance_still_raises_an_alarm()
    {
        await using var device = await TestDevice.ConnectAsync(_app.MqttPort, "sim-0745");
        var telemetry = await PublishQuicklyAsync(device, n => (Topics.DeviceTelemetry(device.DeviceId), DevicePayloads.Telemetry(device.DeviceId, n)));
        Assert.Contains(MqttClientPublishReasonCode.QuotaExceeded, telemetry.Codes);

        var alarm = await device.PublishAlarmAsync(AlarmKind.Fall, messageId: "after-telemetry");

        Assert.True(alarm.ReasonCode == MqttClientPublishReasonCode.Success, $"{alarm.ReasonCode} '{alarm.ReasonString}'");
        var ack = await device.Acks.FirstMatchAsync(a => a.MessageId == "after-telemetry", Patience);
        Assert.Equal(AckStatus.Received, ack.Status);
        Assert.False(string.IsNullOrEmpty(ack.IncidentId));
    }

    [Fact]
    public async Task A_second_device_publishing_at_the_same_time_is_unaffected()
    {
        await using var flooding = await TestDevice.ConnectAsync(_app.MqttPort, "sim-0746");
        await using var neighbour = await TestDevice.ConnectAsync(_app.MqttPort, "sim-0747");

        var flood = Task.WhenAll(Enumerable.Range(1, 30).Select(async n =>
            (await flooding.PublishAsync(Topics.DeviceTelemetry(flooding.DeviceId), DevicePayloads.Telemetry(flooding.DeviceId, Id(n)))).ReasonCode));
        var neighbourCodes = new List<(int N, MqttClientPublishReasonCode Code, string? Reason)>();
        for (var n = 1; n <= RateLimitedApp.Burst; n++)
        {
            var puback = await neighbour.PublishAsync(Topics.DeviceTelemetry(neighbour.DeviceId), DevicePayloads.Telemetry(neighbour.DeviceId, Id(n)));
            neighbourCodes.Add((n, puback.ReasonCode, puback.ReasonString));
        }

        var floodCodes = await flood.WaitAsync(Patience);

        Assert.All(neighbourCodes, c => Assert.True(c.Code == MqttClientPublishReasonCode.Success, $"Neighbour's publish {c.N}: {c.Code} '{c.Reason}'"));
        Assert.Contains(MqttClientPublishReasonCode.QuotaExceeded, floodCodes);
    }

    [Fact]
    public async Task A_device_publishing_far_past_its_limit_is_logged_once_in_full_then_in_summaries_that_count_every_refusal()
    {
        await using var device = await TestDevice.ConnectAsync(_app.MqttPort, "sim-0781");
        var clock = Stopwatch.StartNew();
        var refused = 0;
        for (var n = 1; n <= 100; n++)
        {
            var puback = await device.PublishAsync(Topics.DeviceTelemetry(device.DeviceId), DevicePayloads.Telemetry(device.DeviceId, Id(n))).WaitAsync(Patience);
            refused += puback.ReasonCode == MqttClientPublishReasonCode.QuotaExceeded ? 1 : 0;
        }

        // Every refusal is either logged in full or counted in a summary; wait until all are accounted for.
        await _app.Logs.WaitUntilAsync(lines => Accounted(lines, device.DeviceId) >= refused, Patience);
        var elapsed = clock.Elapsed;

        var about = LinesAbout(_app.Logs.Lines, device.DeviceId);
        Assert.True(refused > 50, $"Only {refused} of 100 publishes were refused");
        Assert.Equal(refused, Accounted(_app.Logs.Lines, device.DeviceId));
        // At most one line in full and one summary per interval while the refusals went on.
        var intervals = (int)Math.Ceiling(elapsed / RateLimitedApp.RefusalLogInterval) + 1;
        Assert.True(about.Count <= 2 * intervals, $"{about.Count} lines for {refused} refusals in {elapsed}: {string.Join(" | ", about.Select(l => l.Message))}");
        Assert.All(about, line => Assert.DoesNotContain('\n', line.Message));
    }

    private static List<CapturedLog> LinesAbout(IEnumerable<CapturedLog> lines, string deviceId) =>
        [.. lines.Where(line => IsInFull(line, deviceId) || IsSummary(line, deviceId))];

    private static int Accounted(IEnumerable<CapturedLog> lines, string deviceId) =>
        LinesAbout(lines, deviceId).Sum(line => IsSummary(line, deviceId) ? int.Parse(SummaryCount().Match(line.Message).Groups[1].Value, CultureInfo.InvariantCulture) : 1);

    private static bool IsInFull(CapturedLog line, string deviceId) =>
        line.Message.StartsWith($"Rejected publish from client {deviceId} ", StringComparison.Ordinal) && line.Message.Contains(nameof(RejectionReason.RateLimited), StringComparison.Ordinal);

    private static bool IsSummary(CapturedLog line, string deviceId) =>
        SummaryCount().IsMatch(line.Message) && line.Message.Contains($" of {deviceId} ({nameof(RejectionReason.RateLimited)})", StringComparison.Ordinal);

    private sealed record QuickRun(IReadOnlyList<MqttClientPublishResult> Results, TimeSpan Elapsed)
    {
        public IEnumerable<MqttClientPublishReasonCode> Codes => Results.Select(r => r.ReasonCode);

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"in {Elapsed.TotalMilliseconds:F0} ms: ") + string.Join(", ", Results.Select((r, i) => string.Create(CultureInfo.InvariantCulture, $"#{i + 1} {r.ReasonCode}")));
    }

    [Theory]
    [InlineData("sim-0748", "5")]
    [InlineData("sim-0749", "3.1.1")]
    public async Task The_simulator_sends_a_rate_limited_message_again_later_so_none_is_lost(string deviceId, string mqttVersion)
    {
        // Six heartbeats back to back against a burst of five: the sixth is refused as rate limited
        // (MQTT 5: a PUBACK saying so; 3.1.1: the connection closed without a PUBACK), and the
        // simulator sends it again, after reconnecting on 3.1.1, once a token is back.
        var (exitCode, output) = await ExternalProcess.RunAsync(TimeSpan.FromSeconds(30), "dotnet",
            [Simulator, "scenario", "--name", "dying-battery", "--device", deviceId, "--step", "0.01",
             "--port", _app.MqttPort.ToString(CultureInfo.InvariantCulture), "--mqtt", mqttVersion]);

        Assert.True(exitCode == 0, output);
        Assert.Contains($"6 messages from {deviceId}, 0 refused", output, StringComparison.Ordinal);
        var sentAgain = SentAgain().Match(output);
        Assert.True(sentAgain.Success && int.Parse(sentAgain.Groups[1].Value, CultureInfo.InvariantCulture) >= 1, output);
    }

    /// <summary>Publishes one after another, as fast as the PUBACKs come, until the first refusal (at most 20).</summary>
    private static async Task<QuickRun> PublishQuicklyAsync(TestDevice device, Func<string, (string Topic, byte[] Payload)> message)
    {
        var results = new List<MqttClientPublishResult>();
        var clock = Stopwatch.StartNew();
        for (var n = 1; n <= 20; n++)
        {
            var (topic, payload) = message(Id(n));
            var puback = await device.PublishAsync(topic, payload).WaitAsync(Patience);
            results.Add(puback);
            if (puback.ReasonCode != MqttClientPublishReasonCode.Success)
            {
                break;
            }
        }

        return new QuickRun(results, clock.Elapsed);
    }

    /// <summary>
    /// A full bucket of <paramref name="burst"/> tokens refilled at <paramref name="perSecond"/>: the first
    /// <paramref name="burst"/> publishes pass, and once they took under a second the next one is refused;
    /// slower, it may pass on a refilled token, but no more pass than the refill allows.
    /// </summary>
    private static void AssertBucket(QuickRun run, int burst, int perSecond)
    {
        Assert.True(run.Results.Count > burst, $"Expected a refusal after {burst} publishes; got {run}");
        Assert.True(run.Results.Take(burst).All(r => r.ReasonCode == MqttClientPublishReasonCode.Success), $"The first {burst} should pass; got {run}");
        var refused = run.Results[^1];
        Assert.True(refused.ReasonCode == MqttClientPublishReasonCode.QuotaExceeded, $"Expected quota exceeded; got {run}");
        Assert.Contains("rate", refused.ReasonString, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(nameof(RejectionReason.RateLimited), refused.RejectionName());
        var allowed = burst + (int)Math.Floor(run.Elapsed.TotalSeconds * perSecond);
        Assert.True(run.Results.Count - 1 <= allowed, $"At most {allowed} may pass {run}");
        if (run.Elapsed < TimeSpan.FromSeconds(1.0 / perSecond))
        {
            Assert.True(run.Results.Count == burst + 1, $"Publish {burst + 1} should be the first refused; got {run}");
        }
    }

    private static string Id(int n) => n.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d+) more publish refusals ")]
    private static partial Regex SummaryCount();

    [GeneratedRegex(@"\((\d+) sent again")]
    private static partial Regex SentAgain();
}
