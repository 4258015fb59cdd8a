using System.Buffers;
using System.Text.Json;
using ResponseCentre.Protocol;

namespace ResponseCentre.DevicesSim.Devices;

/// <summary>Reads the acknowledgements the centre publishes on a device's ack topic.</summary>
internal static class AckPayloadReader
{
    /// <summary>The ack in <paramref name="payload"/>; throws <see cref="JsonException"/> when it is not one.</summary>
    public static AckMessage Read(ReadOnlySequence<byte> payload)
    {
        var reader = new Utf8JsonReader(payload);
        return JsonSerializer.Deserialize(ref reader, ProtocolJsonContext.Default.AckMessage)
            ?? throw new JsonException("the ack payload is JSON null");
    }
}
