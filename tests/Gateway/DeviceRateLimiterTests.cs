using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ResponseCentre.Gateway.Limits;

namespace ResponseCentre.Gateway.Tests;

/// <summary>Alarms beyond a device's alarm rate wait for their token; telemetry beyond its rate is refused.</summary>
public sealed class DeviceRateLimiterTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly DeviceRateLimiter _limiter;

    public DeviceRateLimiterTests() =>
        _limiter = new DeviceRateLimiter(Options.Create(new GatewayLimitsOptions
        {
            AlarmsPerSecond = 2, AlarmBurst = 2, MessagesPerSecond = 1, Burst = 1,
        }), _time);

    [Fact]
    public void Alarms_within_the_burst_go_at_once()
    {
        Assert.True(_limiter.WaitForAlarmTurnAsync("d-1", CancellationToken.None).IsCompletedSuccessfully);
        Assert.True(_limiter.WaitForAlarmTurnAsync("d-1", CancellationToken.None).IsCompletedSuccessfully);
    }

    [Fact]
    public void An_alarm_beyond_the_burst_waits_for_the_next_token_and_the_one_after_it_for_its_own()
    {
        _ = _limiter.WaitForAlarmTurnAsync("d-2", CancellationToken.None);
        _ = _limiter.WaitForAlarmTurnAsync("d-2", CancellationToken.None);

        var third = _limiter.WaitForAlarmTurnAsync("d-2", CancellationToken.None);
        var fourth = _limiter.WaitForAlarmTurnAsync("d-2", CancellationToken.None);

        Assert.False(third.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(499));
        Assert.False(third.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(third.IsCompletedSuccessfully);
        Assert.False(fourth.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(500));
        Assert.True(fourth.IsCompletedSuccessfully);
    }

    [Fact]
    public void Another_device_is_not_held_back_by_a_waiting_one()
    {
        for (var n = 0; n < 5; n++)
        {
            _ = _limiter.WaitForAlarmTurnAsync("d-3", CancellationToken.None);
        }

        Assert.True(_limiter.WaitForAlarmTurnAsync("d-4", CancellationToken.None).IsCompletedSuccessfully);
    }

    [Fact]
    public async Task A_waiting_alarm_ends_cancelled_when_its_connection_closes()
    {
        _ = _limiter.WaitForAlarmTurnAsync("d-5", CancellationToken.None);
        _ = _limiter.WaitForAlarmTurnAsync("d-5", CancellationToken.None);
        using var connection = new CancellationTokenSource();
        var waiting = _limiter.WaitForAlarmTurnAsync("d-5", connection.Token);

        await connection.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public void Telemetry_beyond_its_burst_is_refused_until_a_token_is_back_and_does_not_use_the_alarm_bucket()
    {
        Assert.True(_limiter.TryAcquire("d-6"));
        Assert.False(_limiter.TryAcquire("d-6"));
        Assert.True(_limiter.WaitForAlarmTurnAsync("d-6", CancellationToken.None).IsCompletedSuccessfully);

        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(_limiter.TryAcquire("d-6"));
    }
}
