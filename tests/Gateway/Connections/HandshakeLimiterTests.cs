using Microsoft.Extensions.Options;
using ResponseCentre.Gateway.Connections;

namespace ResponseCentre.Gateway.Tests.Connections;

public sealed class HandshakeLimiterTests
{
    [Fact]
    public async Task A_handshake_waits_for_a_slot_and_gets_it_when_one_is_freed()
    {
        using var limiter = Limiter(concurrent: 1, timeout: TimeSpan.FromMinutes(1));
        var first = await limiter.TryEnterAsync(CancellationToken.None);
        Assert.NotNull(first);

        var second = limiter.TryEnterAsync(CancellationToken.None);
        Assert.False(second.IsCompleted);

        first.Dispose();
        using var slot = await second.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.NotNull(slot);
    }

    [Fact]
    public async Task A_handshake_that_gets_no_slot_within_the_connect_timeout_is_refused()
    {
        using var limiter = Limiter(concurrent: 1, timeout: TimeSpan.FromMilliseconds(200));
        using var held = await limiter.TryEnterAsync(CancellationToken.None);

        var refused = await limiter.TryEnterAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Null(refused);
    }

    [Fact]
    public async Task Handshakes_beyond_the_rate_wait_for_the_bucket_to_refill()
    {
        using var limiter = Limiter(concurrent: 100, timeout: TimeSpan.FromMinutes(1), perSecond: 10);
        for (var i = 0; i < 10; i++)
        {
            (await limiter.TryEnterAsync(CancellationToken.None))!.Dispose();
        }

        var eleventh = limiter.TryEnterAsync(CancellationToken.None);
        Assert.False(eleventh.IsCompleted);
        using var slot = await eleventh.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.NotNull(slot);
    }

    private static HandshakeLimiter Limiter(int concurrent, TimeSpan timeout, double perSecond = 1_000) =>
        new(Options.Create(new ConnectionLimitsOptions { MaxConcurrentHandshakes = concurrent, ConnectTimeout = timeout, HandshakesPerSecond = perSecond }));
}
