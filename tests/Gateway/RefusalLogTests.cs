using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MQTTnet.Protocol;
using ResponseCentre.Gateway.Ingest;
using ResponseCentre.Gateway.Observability;
using ResponseCentre.Protocol;

namespace ResponseCentre.Gateway.Tests;

public sealed partial class RefusalLogTests : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 4, 16, 0, 0, TimeSpan.Zero));
    private readonly RecordingLogger<DeviceMessageIngestor> _refusals = new();
    private readonly RecordingLogger<RefusalLog> _summaries = new();
    private readonly RefusalLog _log;

    public RefusalLogTests() => _log = Create(capacity: 100);

    public void Dispose() => _log.Dispose();

    [Fact]
    public void The_first_refusal_of_a_device_is_logged_at_once_and_the_repeats_only_in_one_summary_with_their_count()
    {
        for (var n = 0; n < 1000; n++)
        {
            RateLimited(_log, "sim-0001");
        }

        Assert.Single(_refusals.Lines);
        Assert.Empty(_summaries.Lines);

        _time.Advance(Interval);

        var summary = Assert.Single(_summaries.Lines);
        Assert.Equal(999, CountIn(summary));
        Assert.Contains("sim-0001", summary, StringComparison.Ordinal);
        Assert.Contains(nameof(RejectionReason.RateLimited), summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_device_refused_without_pause_gets_one_summary_line_per_interval_and_no_more_lines_in_full()
    {
        for (var interval = 0; interval < 3; interval++)
        {
            for (var n = 0; n < 50; n++)
            {
                RateLimited(_log, "sim-0002");
            }

            _time.Advance(Interval);
        }

        Assert.Single(_refusals.Lines);
        Assert.Equal([49, 50, 50], _summaries.Lines.Select(CountIn));
    }

    [Fact]
    public void Each_device_and_reason_is_logged_on_its_own()
    {
        RateLimited(_log, "sim-0003");
        RateLimited(_log, "sim-0004");
        _log.PublishRejected(_refusals, "sim-0003", Topics.DeviceEvents("sim-0003"), RejectionReason.MalformedPayload, "not JSON");

        Assert.Equal(3, _refusals.Lines.Count);
    }

    [Fact]
    public void A_device_quiet_for_an_interval_is_forgotten_and_its_next_refusal_logged_in_full()
    {
        RateLimited(_log, "sim-0005");
        _time.Advance(Interval);
        _time.Advance(Interval);

        RateLimited(_log, "sim-0005");

        Assert.Equal(2, _refusals.Lines.Count);
        Assert.Empty(_summaries.Lines);
        Assert.Equal(1, _log.Count);
    }

    [Fact]
    public void Many_made_up_client_ids_neither_grow_the_table_past_its_capacity_nor_get_a_line_each()
    {
        using var log = Create(capacity: 10);

        for (var n = 0; n < 10_000; n++)
        {
            RateLimited(log, string.Create(CultureInfo.InvariantCulture, $"attacker-{n}"));
        }

        Assert.Equal(10, _refusals.Lines.Count);
        Assert.True(log.Count <= 11, $"{log.Count} keys tracked");
        _time.Advance(Interval);
        Assert.Equal(9_990, CountIn(Assert.Single(_summaries.Lines)));
    }

    [Fact]
    public void Connections_refused_without_a_client_id_count_by_address_whatever_port_they_come_from()
    {
        for (var n = 0; n < 500; n++)
        {
            _log.ConnectionRefused(_refusals, "", null, string.Create(CultureInfo.InvariantCulture, $"192.0.2.7:{40000 + n}"),
                MqttConnectReasonCode.BadUserNameOrPassword, "no user name or password");
        }

        Assert.Single(_refusals.Lines);
        _time.Advance(Interval);
        var summary = Assert.Single(_summaries.Lines);
        Assert.Equal(499, CountIn(summary));
        Assert.Contains("192.0.2.7", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_device_refused_again_and_again_at_connect_is_logged_once_and_then_counted()
    {
        for (var n = 0; n < 200; n++)
        {
            _log.ConnectionRefused(_refusals, "sim-0007", "sim-0007", string.Create(CultureInfo.InvariantCulture, $"192.0.2.8:{40000 + n}"),
                MqttConnectReasonCode.BadUserNameOrPassword, "wrong secret");
        }

        Assert.Single(_refusals.Lines);
        _time.Advance(Interval);
        Assert.Equal(199, CountIn(Assert.Single(_summaries.Lines)));
    }

    [Fact]
    public void Every_line_is_a_single_line()
    {
        for (var n = 0; n < 100; n++)
        {
            RateLimited(_log, "sim-0006");
        }

        _time.Advance(Interval);

        Assert.All(_refusals.Lines.Concat(_summaries.Lines), line => Assert.DoesNotContain('\n', line));
    }

    private RefusalLog Create(int capacity) =>
        new(Options.Create(new RefusalLogOptions { Interval = Interval, Capacity = capacity }), _time, _summaries);

    private void RateLimited(RefusalLog log, string deviceId) =>
        log.PublishRejected(_refusals, deviceId, Topics.DeviceTelemetry(deviceId), RejectionReason.RateLimited, $"{deviceId} publishes faster than its rate limit allows");

    private static int CountIn(string summary) => int.Parse(LeadingCount().Match(summary).Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d+) more ")]
    private static partial Regex LeadingCount();
}
