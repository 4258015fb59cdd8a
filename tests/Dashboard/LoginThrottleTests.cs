using Microsoft.Extensions.Time.Testing;
using ResponseCentre.Dashboard.Accounts;

namespace ResponseCentre.Dashboard.Tests;

public sealed class LoginThrottleTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Fifth_wrong_password_within_the_window_blocks_the_name_until_the_window_ends()
    {
        var throttle = new LoginThrottle(_time);
        for (var i = 0; i < LoginThrottle.MaxFailures - 1; i++)
        {
            throttle.RecordFailure("nurse1");
        }

        Assert.Null(throttle.BlockedUntil("nurse1"));
        _time.Advance(TimeSpan.FromMinutes(1));
        throttle.RecordFailure("NURSE1");

        Assert.Equal(_time.GetUtcNow() - TimeSpan.FromMinutes(1) + LoginThrottle.Window, throttle.BlockedUntil("nurse1"));
        Assert.Null(throttle.BlockedUntil("nurse2"));
        _time.Advance(LoginThrottle.Window - TimeSpan.FromMinutes(1));
        Assert.Null(throttle.BlockedUntil("nurse1"));
    }

    [Fact]
    public void Right_password_clears_the_count_and_failures_spread_over_windows_never_block()
    {
        var throttle = new LoginThrottle(_time);
        for (var i = 0; i < LoginThrottle.MaxFailures - 1; i++)
        {
            throttle.RecordFailure("operator");
        }

        throttle.RecordSuccess("operator");
        throttle.RecordFailure("operator");
        Assert.Null(throttle.BlockedUntil("operator"));

        for (var i = 0; i < LoginThrottle.MaxFailures * 3; i++)
        {
            _time.Advance(LoginThrottle.Window);
            throttle.RecordFailure("admin");
        }

        Assert.Null(throttle.BlockedUntil("admin"));
    }
}
