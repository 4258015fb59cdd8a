using System.Buffers;
using System.Text;

namespace ResponseCentre.Protocol.Tests;

public sealed class AlarmEventReaderTests
{
    private static ReadResult<AlarmEventMessage> Read(string json, string topicDeviceId = "pendant-0001") =>
        AlarmEventReader.Read(topicDeviceId, new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Reads_the_documented_example()
    {
        var result = Read("""{"deviceId":"pendant-0001","messageId":"42","kind":"fall","timestamp":"2026-11-22T21:00:00Z"}""");

        Assert.True(result.IsValid);
        Assert.Equal(new AlarmEventMessage("pendant-0001", "42", AlarmKind.Fall, new DateTimeOffset(2026, 11, 22, 21, 0, 0, TimeSpan.Zero)), result.Message);
    }

    [Theory]
    [InlineData("push_button", AlarmKind.PushButton)]
    [InlineData("smoke", AlarmKind.Smoke)]
    [InlineData("stove_guard", AlarmKind.StoveGuard)]
    [InlineData("door_night_exit", AlarmKind.DoorNightExit)]
    [InlineData("vital_sign", AlarmKind.VitalSign)]
    public void Reads_kinds_by_their_snake_case_wire_names(string wireName, AlarmKind expected)
    {
        var result = Read($$"""{"deviceId":"pendant-0001","messageId":"1","kind":"{{wireName}}","timestamp":"2026-11-22T21:00:00+01:00"}""");

        Assert.Equal(expected, result.Message?.Kind);
    }

    [Theory]
    [InlineData("""{"deviceId":"pendant-0001","messageId":"1","kind":"dragon","timestamp":"2026-11-22T21:00:00Z"}""")]
    [InlineData("""{"deviceId":"pendant-0001","messageId":"1","kind":99,"timestamp":"2026-11-22T21:00:00Z"}""")]
    [InlineData("""{"deviceId":"pendant-0001","messageId":"1","kind":"PushButton","timestamp":"2026-11-22T21:00:00Z"}""")]
    public void Refuses_an_unknown_kind(string json)
    {
        Assert.Equal(RejectionReason.UnknownKind, Read(json).Rejection?.Reason);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("""{"deviceId":"pendant-0001","kind":"fall","timestamp":"2026-11-22T21:00:00Z"}""")]
    [InlineData("""{"deviceId":"pendant-0001","messageId":null,"kind":"fall","timestamp":"2026-11-22T21:00:00Z"}""")]
    [InlineData("""{"deviceId":"pendant-0001","messageId":"  ","kind":"fall","timestamp":"2026-11-22T21:00:00Z"}""")]
    [InlineData("""{"deviceId":"pendant-0001","messageId":"1","kind":"fall"}""")]
    [InlineData("""{"deviceId":"pendant-0001","messageId":"1","kind":"fall","timestamp":"yesterday"}""")]
    public void Refuses_malformed_payloads(string json)
    {
        Assert.Equal(RejectionReason.MalformedPayload, Read(json).Rejection?.Reason);
    }

    [Fact]
    public void Names_the_missing_field()
    {
        var rejection = Read("""{"deviceId":"pendant-0001","kind":"fall","timestamp":"2026-11-22T21:00:00Z"}""").Rejection;

        Assert.Contains("messageId", rejection?.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_payload_naming_another_device_than_the_topic()
    {
        var result = Read("""{"deviceId":"pendant-0002","messageId":"1","kind":"fall","timestamp":"2026-11-22T21:00:00Z"}""");

        Assert.Equal(RejectionReason.DeviceMismatch, result.Rejection?.Reason);
    }

    [Fact]
    public void Refuses_a_payload_over_the_size_limit_without_parsing_it()
    {
        var payload = new ReadOnlySequence<byte>(new byte[AlarmEventReader.MaxPayloadBytes + 1]);

        Assert.Equal(RejectionReason.PayloadTooLarge, AlarmEventReader.Read("pendant-0001", payload).Rejection?.Reason);
    }

    [Fact]
    public void Reads_a_payload_split_across_buffer_segments()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"deviceId":"pendant-0001","messageId":"7","kind":"seizure","timestamp":"2026-11-22T21:00:00Z"}""");
        var first = new Segment(bytes.AsMemory(0, 20), 0);
        var last = first.Append(bytes.AsMemory(20));

        var result = AlarmEventReader.Read("pendant-0001", new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length));

        Assert.Equal(AlarmKind.Seizure, result.Message?.Kind);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
