using System.Net;
using Microsoft.Extensions.Time.Testing;
using ResponseCentre.Dashboard.Accounts;

namespace ResponseCentre.Dashboard.Tests;

public sealed class LoginThrottleTests
{
    private static readonly IPAddress Guesser = IPAddress.Parse("192.0.2.66");
    private static readonly IPAddress Desk = IPAddress.Parse("192.0.2.10");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Five_wrong_passwords_make_the_source_wait_a_second_then_twice_as_long_after_each_further_one_up_to_the_cap()
    {
        var throttle = new LoginThrottle(_time);
        for (var i = 0; i < LoginThrottle.FreeFailures - 1; i++)
        {
            throttle.RecordFailure(Guesser, "nurse1");
        }

        Assert.Null(throttle.RetryAfter(Guesser, "nurse1"));
        throttle.RecordFailure(Guesser, "NURSE1");
        Assert.Equal(TimeSpan.FromSeconds(1), throttle.RetryAfter(Guesser, "nurse1"));

        var waits = new List<TimeSpan>();
        for (var i = 0; i < 7; i++)
        {
            _time.Advance(throttle.RetryAfter(Guesser, "nurse1") ?? TimeSpan.Zero);
            Assert.Null(throttle.RetryAfter(Guesser, "nurse1"));
            throttle.RecordFailure(Guesser, "nurse1");
            waits.Add(throttle.RetryAfter(Guesser, "nurse1") ?? TimeSpan.Zero);
        }

        Assert.Equal([2, 4, 8, 16, 30, 30, 30], waits.Select(w => w.TotalSeconds));
    }

    [Fact]
    public void A_guesser_never_locks_the_user_out_from_another_address_or_another_name_out_from_the_guesser()
    {
        var throttle = new LoginThrottle(_time);
        for (var i = 0; i < LoginThrottle.FreeFailures * 4; i++)
        {
            throttle.RecordFailure(Guesser, "operator");
        }

        Assert.NotNull(throttle.RetryAfter(Guesser, "operator"));
        Assert.Null(throttle.RetryAfter(Desk, "operator"));
        Assert.Null(throttle.RetryAfter(Guesser, "admin"));
        Assert.Null(throttle.RetryAfter(IPAddress.Parse("::ffff:192.0.2.10"), "operator"));
    }

    [Fact]
    public void Right_password_clears_the_count_and_so_does_a_quiet_spell()
    {
        var throttle = new LoginThrottle(_time);
        for (var i = 0; i < LoginThrottle.FreeFailures - 1; i++)
        {
            throttle.RecordFailure(Desk, "operator");
        }

        throttle.RecordSuccess(Desk, "operator");
        throttle.RecordFailure(Desk, "operator");
        Assert.Null(throttle.RetryAfter(Desk, "operator"));

        for (var i = 0; i < LoginThrottle.FreeFailures; i++)
        {
            throttle.RecordFailure(Desk, "admin");
        }

        _time.Advance(LoginThrottle.ForgetAfter);
        throttle.RecordFailure(Desk, "admin");
        Assert.Null(throttle.RetryAfter(Desk, "admin"));
    }
}
