using ResponseCentre.Gateway.Connections;

namespace ResponseCentre.Gateway.Tests.Connections;

public sealed class MqttFrameLimiterTests
{
    private const int ConnectLimit = 100;
    private const int PacketLimit = 1_000;

    public static TheoryData<string, byte[], bool> Streams => new()
    {
        // CONNECT (type 1) of 10 bytes, then PINGREQ (type 12, empty body)
        { "a small CONNECT then a PINGREQ", [0x10, 0x0A, .. new byte[10], 0xC0, 0x00], true },
        { "a CONNECT exactly at its limit (1 + 1 + 98 bytes)", [0x10, 0x62, .. new byte[98]], true },
        { "a CONNECT one byte over its limit", [0x10, 0x63], false },
        { "a CONNECT declaring 268 MB, refused before any body byte", [0x10, 0xFF, 0xFF, 0xFF, 0x7F], false },
        { "a first packet that is a PUBLISH", [0x30, 0x02, 0x00, 0x00], false },
        { "a first packet that is a PINGREQ", [0xC0, 0x00], false },
        { "a remaining length of five bytes", [0x10, 0x80, 0x80, 0x80, 0x80, 0x01], false },
        { "a PUBLISH of 997 bytes after CONNECT (3 header bytes: 1,000 in all)", [0x10, 0x00, 0x30, 0xE5, 0x07], true },
        { "a PUBLISH of 998 bytes after CONNECT (1,001 in all)", [0x10, 0x00, 0x30, 0xE6, 0x07], false },
        { "a second CONNECT-sized header for a later packet is held to the packet limit", [0x10, 0x00, 0x10, 0xC8, 0x01], true },
    };

    [Theory]
    [MemberData(nameof(Streams))]
    public void Accepts_only_streams_within_the_limits(string stream, byte[] bytes, bool accepted)
    {
        var limiter = new MqttFrameLimiter(ConnectLimit, PacketLimit);

        Assert.True(accepted == limiter.Accept(bytes), stream);
        Assert.Equal(accepted, limiter.Violation is null);
    }

    [Theory]
    [MemberData(nameof(Streams))]
    public void Gives_the_same_answer_when_the_bytes_arrive_one_at_a_time(string stream, byte[] bytes, bool accepted)
    {
        var limiter = new MqttFrameLimiter(ConnectLimit, PacketLimit);

        var allAccepted = bytes.All(b => limiter.Accept([b]));

        Assert.True(accepted == allAccepted, stream);
    }

    [Fact]
    public void A_raised_packet_limit_applies_to_the_packets_after_the_connect()
    {
        var limiter = new MqttFrameLimiter(ConnectLimit, PacketLimit);
        Assert.True(limiter.Accept([0x10, 0x00]));

        limiter.PacketLimit = 20_000;

        Assert.True(limiter.Accept([0x30, 0xE6, 0x07])); // 1,001 bytes in all
        Assert.True(limiter.Accept(new byte[998]));
        Assert.True(limiter.Accept([0xC0, 0x00]));
    }

    [Fact]
    public void Names_the_limit_that_was_broken()
    {
        var limiter = new MqttFrameLimiter(ConnectLimit, PacketLimit);

        limiter.Accept([0x10, 0xFF, 0xFF, 0xFF, 0x7F]);

        Assert.Contains("CONNECT", limiter.Violation, StringComparison.Ordinal);
        Assert.Contains("100", limiter.Violation, StringComparison.Ordinal);
    }
}
