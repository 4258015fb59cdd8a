using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ResponseCentre.Protocol;

namespace ResponseCentre.DevicesSim.Devices;

/// <summary>Reads the acknowledgements the centre publishes on a device's ack topic.</summary>
internal static class AckPayloadReader
{
    // The centre leaves null fields out of its acks, but ProtocolJsonContext.Default insists on every
    // constructor parameter when reading, so it refuses every real ack. Same contract, without that check.
    private static readonly JsonTypeInfo<AckMessage> AckTypeInfo = (JsonTypeInfo<AckMessage>)
        new JsonSerializerOptions(ProtocolJsonContext.Default.Options) { RespectRequiredConstructorParameters = false }
            .GetTypeInfo(typeof(AckMessage));

    /// <summary>The ack in <paramref name="payload"/>; throws <see cref="JsonException"/> when it is not one.</summary>
    public static AckMessage Read(ReadOnlySequence<byte> payload)
    {
        var reader = new Utf8JsonReader(payload);
        return JsonSerializer.Deserialize(ref reader, AckTypeInfo) ?? throw new JsonException("the ack payload is JSON null");
    }
}
