using System.Net;
using System.Net.Http.Json;
using MQTTnet;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests.Security;

/// <summary>
/// GET /metrics, anonymous, in Prometheus text as OpenTelemetry's exporter names the instruments.
/// A system of its own, measured alone, so the counters move only with what these tests do.
/// </summary>
[Collection(MeasuredAlone.Name)]
public sealed class MetricsEndpointTests(DefaultApp fixture) : IClassFixture<DefaultApp>
{
    private const string Messages = "responsecentre_gateway_messages";
    private const string Rejected = "responsecentre_gateway_rejected";
    private const string ConnectionsRefused = "responsecentre_gateway_connections_refused";
    private const string OpenIncidents = "responsecentre_incidents_open";
    private const string DeadlineLateness = "responsecentre_escalation_deadline_lateness";
    private const string BufferDepth = "responsecentre_timeseries_buffer_depth";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly ResponseCentreApp _app = fixture.App;

    [Fact]
    public async Task Metrics_answer_anonymously_in_prometheus_text()
    {
        using var anonymous = new HttpClient { BaseAddress = _app.BaseAddress };

        using var response = await anonymous.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("# TYPE ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepted_messages_are_counted_by_kind_and_open_incidents_by_status()
    {
        await using var device = await TestDevice.ConnectAsync(_app.MqttPort, "sim-0770");
        var before = await MetricsScrape.GetAsync(_app.BaseAddress);

        Assert.Equal(MqttClientPublishReasonCode.Success, (await device.PublishAlarmAsync(AlarmKind.Fall, "metrics-1")).ReasonCode);
        Assert.Equal(MqttClientPublishReasonCode.Success,
            (await device.PublishAsync(Topics.DeviceTelemetry(device.DeviceId), DevicePayloads.Telemetry(device.DeviceId, "metrics-2"))).ReasonCode);

        var after = await MetricsScrape.WaitForAsync(_app.BaseAddress,
            scrape => scrape.Total(Messages) >= before.Total(Messages) + 2 && scrape.WithPrefix(OpenIncidents).Any(s => s.Value >= 1),
            Patience, $"{Messages} up by two and an open incident");
        Assert.Contains(after.WithPrefix(Messages), s => s.Label("kind") is not null && s.Value >= 1);
        Assert.Contains(after.WithPrefix(OpenIncidents), s => s.Label("status") is not null && s.Value >= 1);
        Assert.NotEmpty(after.WithPrefix(BufferDepth));
    }

    [Fact]
    public async Task A_refused_publish_adds_one_to_the_count_for_its_reason_and_another_reason_is_counted_apart()
    {
        await using var device = await TestDevice.ConnectAsync(_app.MqttPort, "sim-0771");

        var events = Topics.DeviceEvents(device.DeviceId);
        var oversized = await RejectionCountedAsync(device, events, DevicePayloads.PaddedTo(DevicePayloads.Alarm(device.DeviceId, "big-1"), 5000),
            MqttClientPublishReasonCode.QuotaExceeded);
        var malformed = await RejectionCountedAsync(device, events, "{\"deviceId\":"u8.ToArray(), MqttClientPublishReasonCode.PayloadFormatInvalid);

        Assert.NotEqual(oversized, malformed);
    }

    [Theory]
    [InlineData("sim-0773", "oversized telemetry")]
    [InlineData("sim-0774", "unknown kind")]
    [InlineData("sim-0775", "alarm ten minutes in the future")]
    [InlineData("sim-0776", "alarm eight days old")]
    [InlineData("sim-0777", "telemetry thirty-one days old")]
    public async Task Each_kind_of_bad_input_adds_one_to_the_count_for_its_reason(string deviceId, string input)
    {
        var (topic, payload, expected, _) = BadInputRejectionTests.Refused(deviceId, input);
        await using var device = await TestDevice.ConnectAsync(_app.MqttPort, deviceId);

        await RejectionCountedAsync(device, topic, payload, expected);
    }

    [Fact]
    public async Task A_refused_connection_is_counted()
    {
        var before = (await MetricsScrape.GetAsync(_app.BaseAddress)).Total(ConnectionsRefused);

        var code = await SecureMqtt.ConnectResultAsync(_app.MqttPort, "sim-0772", "sim-0772", "wrong-secret-for-metrics");

        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, code);
        var after = await MetricsScrape.WaitForAsync(_app.BaseAddress, scrape => scrape.Total(ConnectionsRefused) > before, Patience,
            $"{ConnectionsRefused} above {before}");
        Assert.Equal(before + 1, after.Total(ConnectionsRefused));
        Assert.Contains(after.WithPrefix(ConnectionsRefused), s => s.Label("reason") is not null && s.Value >= 1);
    }

    [Fact]
    public async Task An_escalation_deadline_that_passes_is_recorded_in_the_lateness_histogram()
    {
        // A tenant of its own whose first escalation step lasts a second, and a device given its secret by the administrator.
        var (_, bjornId, _) = await EscalationSetup.RegisterAsync(_app.BaseAddress, "sec-metrics", stepWait: TimeSpan.FromSeconds(1));
        const string deviceId = "sec-metrics-device";
        const string secret = "sec-metrics-device-secret";
        using (var admin = await SignIn.AsAdministratorAsync(_app.BaseAddress))
        {
            using var set = await admin.PutAsJsonAsync($"/api/admin/devices/{deviceId}/credentials", new { secret });
            Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        }

        await using var bjorn = await DashboardListener.ConnectAsync(_app.BaseAddress, bjornId.Value);
        await using var device = await TestDevice.ConnectAsync(_app.MqttPort, deviceId, password: secret);

        Assert.Equal(MqttClientPublishReasonCode.Success, (await device.PublishAlarmAsync(AlarmKind.PushButton)).ReasonCode);
        // Bjørn hears of it at step 1, the whole team: step 0's deadline has passed and been handled.
        await bjorn.WaitForNoticeAsync(n => n.Step >= 1, Patience);

        var scrape = await MetricsScrape.WaitForAsync(_app.BaseAddress,
            s => s.WithPrefix(DeadlineLateness).Any(sample => sample.Name.EndsWith("_count", StringComparison.Ordinal) && sample.Value >= 1),
            Patience, $"a {DeadlineLateness} histogram with a count of at least one");
        Assert.Contains(scrape.WithPrefix(DeadlineLateness), sample => sample.Name.EndsWith("_bucket", StringComparison.Ordinal) && sample.Label("le") is not null);
    }

    /// <summary>Publishes a payload the gateway refuses and returns the reason label whose count went up by exactly one.</summary>
    private async Task<string> RejectionCountedAsync(TestDevice device, string topic, byte[] payload, MqttClientPublishReasonCode expected)
    {
        var before = (await MetricsScrape.GetAsync(_app.BaseAddress)).ByLabel(Rejected, "reason");

        var puback = await device.PublishAsync(topic, payload);

        Assert.Equal(expected, puback.ReasonCode);
        var after = await MetricsScrape.WaitForAsync(_app.BaseAddress,
            scrape => scrape.ByLabel(Rejected, "reason").Values.Sum() > before.Values.Sum(), Patience,
            $"{Rejected} (label 'reason') up after a {expected} refusal");
        var counts = after.ByLabel(Rejected, "reason");
        var moved = counts.Where(c => c.Value != before.GetValueOrDefault(c.Key)).ToList();
        var single = Assert.Single(moved);
        Assert.Equal(before.GetValueOrDefault(single.Key) + 1, single.Value);
        return single.Key;
    }
}
