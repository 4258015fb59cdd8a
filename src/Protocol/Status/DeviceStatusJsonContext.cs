using System.Text.Json.Serialization;

namespace ResponseCentre.Protocol.Status;

/// <summary>
/// Source-generated JSON for status messages, with the same options as <see cref="ProtocolJsonContext"/>;
/// a simulator or device test serialises <see cref="DeviceStatusMessage"/> through it.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectRequiredConstructorParameters = true,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(DeviceStatusMessage))]
public sealed partial class DeviceStatusJsonContext : JsonSerializerContext;
